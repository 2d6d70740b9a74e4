import type { Address } from '@rapport/contracts';

type AddressPatch = Partial<Record<keyof Address, string | null>>;

/** The flat address columns that contacts and companies share. */
export interface AddressColumns {
  addressCountry: string | null;
  addressCity: string | null;
  addressDistrict: string | null;
  addressPostcode: string | null;
  addressLine: string | null;
}

export const addressOf = (r: AddressColumns): Address => ({
  country: r.addressCountry,
  city: r.addressCity,
  district: r.addressDistrict,
  postcode: r.addressPostcode,
  line: r.addressLine,
});

/** Only the parts given: an update that names the city alone leaves the rest as it was. */
export function addressColumns(a: AddressPatch | undefined): Partial<AddressColumns> {
  if (!a) return {};
  const out: Partial<AddressColumns> = {};
  if (a.country !== undefined) out.addressCountry = a.country;
  if (a.city !== undefined) out.addressCity = a.city;
  if (a.district !== undefined) out.addressDistrict = a.district;
  if (a.postcode !== undefined) out.addressPostcode = a.postcode;
  if (a.line !== undefined) out.addressLine = a.line;
  return out;
}

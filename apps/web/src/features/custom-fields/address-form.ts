import type { Address } from '@rapport/contracts';

/** An address as form inputs hold it: a country code or null, text elsewhere ("" is cleared). */
export interface AddressFormValues {
  country: string | null;
  city: string;
  district: string;
  postcode: string;
  line: string;
}

export const toAddressForm = (a: Address | null | undefined): AddressFormValues => ({
  country: a?.country ?? null,
  city: a?.city ?? '',
  district: a?.district ?? '',
  postcode: a?.postcode ?? '',
  line: a?.line ?? '',
});

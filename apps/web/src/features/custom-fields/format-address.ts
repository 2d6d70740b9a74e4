import type { Address } from '@rapport/contracts';

// Addresses in these countries are written from the largest unit to the smallest.
const bigEndian = new Set(['TW', 'CN', 'HK', 'MO', 'JP', 'KR']);

/**
 * An address on one line, in the order its country writes it: "100 台北市 中正區 重慶南路一段122號, Taiwan"
 * versus "1 Main St, Springfield 12345, United States". `countryName` turns the code into a name.
 */
export function formatAddress(address: Address, countryName: (code: string) => string): string {
  const { country, city, district, postcode, line } = address;
  const name = country ? countryName(country) : null;
  const join = (parts: (string | null)[], sep: string) => parts.filter(Boolean).join(sep);
  if (country && bigEndian.has(country)) return join([join([postcode, city, district, line], ' '), name], ', ');
  return join([line, district, join([city, postcode], ' '), name], ', ');
}

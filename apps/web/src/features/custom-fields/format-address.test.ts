import { describe, expect, it } from 'vitest';
import { formatAddress } from './format-address';

const names: Record<string, string> = { TW: 'Taiwan', US: 'United States' };
const name = (code: string) => names[code] ?? code;
const empty = { country: null, city: null, district: null, postcode: null, line: null };

describe('formatAddress', () => {
  it('writes East Asian addresses largest unit first', () => {
    expect(formatAddress({ country: 'TW', city: '台北市', district: '中正區', postcode: '100', line: '重慶南路一段122號' }, name)).toBe(
      '100 台北市 中正區 重慶南路一段122號, Taiwan',
    );
  });

  it('writes other addresses street first', () => {
    expect(formatAddress({ ...empty, country: 'US', city: 'Springfield', postcode: '12345', line: '1 Main St' }, name)).toBe(
      '1 Main St, Springfield 12345, United States',
    );
  });

  it('skips missing parts and is empty for an empty address', () => {
    expect(formatAddress({ ...empty, city: 'Osaka' }, name)).toBe('Osaka');
    expect(formatAddress(empty, name)).toBe('');
  });
});

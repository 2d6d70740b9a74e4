import { describe, expect, it } from 'vitest';
import { formatAmount, formatDaysAgo } from './format';

describe('formatAmount', () => {
  it('writes the number in the reader’s format and the currency as its code', () => {
    expect(formatAmount(1160, 'TWD', 'en')).toBe('1,160 TWD');
    expect(formatAmount(1234.5, 'EUR', 'en')).toBe('1,234.5 EUR');
    expect(formatAmount(-12.345, null, 'en')).toBe('-12.35');
  });
});

describe('formatDaysAgo', () => {
  it('says today and yesterday in words', () => {
    expect(formatDaysAgo(0, 'en')).toBe('today');
    expect(formatDaysAgo(1, 'en')).toBe('yesterday');
    expect(formatDaysAgo(12, 'en')).toBe('12 days ago');
  });
});

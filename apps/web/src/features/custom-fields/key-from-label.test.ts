import { describe, expect, it } from 'vitest';
import { keyFromLabel, keyPattern, suggestKey, uniqueKey } from './key-from-label';

describe('keyFromLabel', () => {
  it.each([
    ['VIP level', 'vip_level'],
    ['  Lead  Score! ', 'lead_score'],
    ['Café №1', 'cafe_no1'],
    ['2nd phone', 'f_2nd_phone'],
    ['會員等級', ''],
    ['LINE ID (會員)', 'line_id'],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%s → %s', (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
  });

  it('never ends a truncated key with an underscore', () => {
    const key = keyFromLabel(`${'a'.repeat(39)} b`);
    expect(key).toBe('a'.repeat(39));
    expect(key).toMatch(keyPattern);
  });
});

describe('uniqueKey', () => {
  it('numbers a taken key', () => {
    expect(uniqueKey('tier', ['tier', 'tier_2'])).toBe('tier_3');
    expect(uniqueKey('tier', [])).toBe('tier');
  });

  it('stays within 40 characters', () => {
    const long = 'a'.repeat(40);
    expect(uniqueKey(long, [long])).toBe(`${'a'.repeat(38)}_2`);
  });
});

describe('suggestKey', () => {
  it('falls back to a numbered key for labels without Latin text', () => {
    expect(suggestKey('會員等級', ['vip'], 'field')).toBe('field_2');
    expect(suggestKey('Tier', ['vip'], 'field')).toBe('tier');
  });
});

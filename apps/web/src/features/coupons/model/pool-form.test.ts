import { couponPoolInputSchema } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { emptyPoolForm, endOfDay, formatValue, poolInput } from './pool-form';

describe('coupon pool form', () => {
  it('makes a generated pool with a prefix and days of validity, which the contract accepts', () => {
    const input = poolInput({ ...emptyPoolForm, name: 'Welcome', prefix: ' WELCOME ' });
    expect(input).toEqual({ name: 'Welcome', kind: 'generated', prefix: 'WELCOME', valueType: 'percent', value: 10, validDays: 30 });
    expect(couponPoolInputSchema.safeParse(input).success).toBe(true);
  });

  it('leaves the prefix out of uploaded pools and gives a fixed end as the end of that day', () => {
    const input = poolInput({ ...emptyPoolForm, name: 'Partners', kind: 'uploaded', prefix: 'X', valueType: 'amount', value: '150', expiry: 'date', expiresOn: '2030-05-31' });
    expect(input).toEqual({ name: 'Partners', kind: 'uploaded', valueType: 'amount', value: 150, expiresAt: endOfDay('2030-05-31') });
    const end = new Date(endOfDay('2030-05-31')!);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2030, 4, 31, 23, 59]);
    expect(couponPoolInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends an empty number as not a number, for the schema to refuse', () => {
    const input = poolInput({ ...emptyPoolForm, name: 'x', prefix: 'X', value: '', expiry: 'none' });
    expect(Number.isNaN(input.value)).toBe(true);
    expect('validDays' in input || 'expiresAt' in input).toBe(false);
    expect(couponPoolInputSchema.safeParse(input).success).toBe(false);
  });

  it('formats what a code is worth', () => {
    expect(formatValue({ value: 15, valueType: 'percent' }, 'en')).toBe('15%');
    expect(formatValue({ value: 1500, valueType: 'amount' }, 'en')).toBe('1,500');
  });
});

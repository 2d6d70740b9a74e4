import { couponPoolInputSchema, couponPoolPatchSchema, type CouponPool } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { emptyPoolForm, endOfDay, formatValue, poolForm, poolInput, poolPatch } from './pool-form';

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

  it('edits a pool: its own end is kept while the day stays, and the expiry not chosen is cleared', () => {
    const pool: CouponPool = { id: 'p', name: 'Spring', kind: 'generated', prefix: 'SPRING', valueType: 'amount', value: 100, expiresAt: '2030-05-31T12:00:00.000Z', validDays: null, codes: 0, issued: 0, redeemed: 0, archivedAt: null, createdAt: '2030-01-01T00:00:00.000Z' };
    const form = poolForm(pool);
    expect(form).toMatchObject({ name: 'Spring', expiry: 'date', validDays: 30 });
    const same = poolPatch({ ...form, name: 'Spring sale' }, pool);
    expect(same).toEqual({ name: 'Spring sale', valueType: 'amount', value: 100, expiresAt: '2030-05-31T12:00:00.000Z', validDays: null });
    expect(couponPoolPatchSchema.safeParse(same).success).toBe(true);
    expect(poolPatch({ ...form, expiresOn: '2030-06-30' }, pool).expiresAt).toBe(endOfDay('2030-06-30'));
    const days = poolPatch({ ...form, expiry: 'days', validDays: '14' }, pool);
    expect(days).toMatchObject({ expiresAt: null, validDays: 14 });
    expect(couponPoolPatchSchema.safeParse(days).success).toBe(true);
    expect(poolPatch({ ...form, expiry: 'none' }, pool)).toMatchObject({ expiresAt: null, validDays: null });
    expect(couponPoolPatchSchema.safeParse(poolPatch({ ...form, valueType: 'percent', value: 150 }, pool)).success).toBe(false);
  });

  it('formats what a code is worth', () => {
    expect(formatValue({ value: 15, valueType: 'percent' }, 'en')).toBe('15%');
    expect(formatValue({ value: 1500, valueType: 'amount' }, 'en')).toBe('1,500');
  });
});

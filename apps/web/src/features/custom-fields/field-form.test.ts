import { createCustomFieldInputSchema } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { fieldFormValues, optionValueFor, toCreateInput, toUpdateInput } from './field-form';

describe('custom field form', () => {
  it('builds a valid create input, options only for select types', () => {
    const values = {
      ...fieldFormValues(null, 3),
      label: ' VIP level ',
      key: 'vip_level',
      type: 'select' as const,
      options: [{ label: 'Gold', value: 'gold', saved: false, auto: true }],
    };
    const input = toCreateInput('contact', values);
    expect(input).toEqual({
      entity: 'contact',
      key: 'vip_level',
      label: 'VIP level',
      type: 'select',
      options: [{ value: 'gold', label: 'Gold' }],
      isRequired: false,
      isUnique: false,
      position: 3,
    });
    expect(createCustomFieldInputSchema.safeParse(input).success).toBe(true);
    expect(toCreateInput('contact', { ...values, type: 'text' })).not.toHaveProperty('options');
  });

  it('sends a currency only for currency fields', () => {
    const values = { ...fieldFormValues(null, 0), label: 'Spend', key: 'spend', type: 'currency' as const, currency: 'TWD' };
    expect(toCreateInput('company', values).currency).toBe('TWD');
    expect(toCreateInput('company', { ...values, type: 'number' })).not.toHaveProperty('currency');
  });

  it('never sends key or type on update', () => {
    const input = toUpdateInput({ ...fieldFormValues(null, 0), label: 'X', key: 'x', position: '7' });
    expect(input).toEqual({ label: 'X', isRequired: false, isUnique: false, position: 7 });
  });

  it('suggests option values from labels', () => {
    expect(optionValueFor('Gold member')).toBe('gold_member');
    expect(optionValueFor(' 金卡 ')).toBe('金卡');
  });
});

import { createCompanyInputSchema, type Company } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { toCompanyForm, toCompanyInput } from './company-form-values';

const company: Company = {
  id: '0190c9d8-0000-7000-8000-000000000001',
  name: '台灣積體電路',
  domain: 'tsmc.com',
  industry: 'Semiconductors',
  size: '5001+',
  taxId: '22099131',
  address: { country: 'TW', city: '新竹市', district: null, postcode: '300', line: null },
  ownerId: 'u1',
  tags: ['key account'],
  externalId: null,
  custom: {},
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('company form values', () => {
  it('round-trips a company into a valid input', () => {
    const form = toCompanyForm(company, []);
    expect(form.address).toEqual({ country: 'TW', city: '新竹市', district: '', postcode: '300', line: '' });
    const input = toCompanyInput(form, [], form.custom);
    const parsed = createCompanyInputSchema.parse(input);
    expect(parsed).toMatchObject({ name: '台灣積體電路', externalId: null, address: { country: 'TW', district: null } });
  });

  it('starts a new company owned by the creator', () => {
    const form = toCompanyForm(null, [], 'me');
    expect(form).toMatchObject({ name: '', ownerId: 'me', size: null, tags: [] });
    expect(createCompanyInputSchema.safeParse(toCompanyInput(form, [], form.custom)).success).toBe(false);
  });
});

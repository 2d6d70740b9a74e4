import { createContactInputSchema, type Contact, type CustomField } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { toContactForm, toContactInput } from './contact-form-values';

const vip: CustomField = {
  id: 'f1',
  entity: 'contact',
  key: 'vip_level',
  label: 'VIP level',
  type: 'select',
  options: [{ value: 'gold', label: 'Gold' }],
  currency: null,
  isRequired: false,
  isUnique: false,
  position: 0,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const contact: Contact = {
  id: 'c1',
  firstName: '美玲',
  lastName: '林',
  displayName: null,
  name: '林美玲',
  email: 'mei@example.com',
  emails: ['mei@work.example'],
  phone: '+886912345678',
  phones: [],
  gender: 'female',
  birthday: '1990-04-01',
  locale: 'zh-TW',
  timezone: 'Asia/Taipei',
  address: { country: 'TW', city: '台北市', district: '大安區', postcode: null, line: null },
  companyId: '0190c9d8-0000-7000-8000-000000000001',
  company: { id: '0190c9d8-0000-7000-8000-000000000001', name: 'Acme 台灣' },
  companyRole: 'champion',
  jobTitle: 'CTO',
  ownerId: 'u1',
  source: 'event',
  lifecycleStage: 'customer',
  tags: ['vip'],
  autoTags: [],
  externalId: null,
  custom: { vip_level: 'gold' },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('contact form values', () => {
  it('turns a contact into a valid input that changes nothing custom', () => {
    const form = toContactForm(contact, [vip]);
    expect(form.custom).toEqual({ vip_level: 'gold' });
    const input = toContactInput(form, [vip], form.custom);
    expect(input.custom).toEqual({});
    const parsed = createContactInputSchema.parse(input);
    expect(parsed).toMatchObject({ email: 'mei@example.com', emails: ['mei@work.example'], address: { country: 'TW', postcode: null }, companyRole: 'champion' });
  });

  it('drops blank extra emails and phones and sends changed custom values', () => {
    const form = toContactForm(contact, [vip]);
    const input = toContactInput({ ...form, emails: ['', ' b@x.com '], phones: ['  '], custom: { vip_level: null } }, [vip], form.custom);
    expect(input).toMatchObject({ emails: ['b@x.com'], phones: [], custom: { vip_level: null } });
  });

  it('starts a new contact owned by its creator, which still needs a name, email or phone', () => {
    const form = toContactForm(null, [vip], 'me');
    expect(form).toMatchObject({ ownerId: 'me', firstName: '', gender: null, custom: { vip_level: null } });
    const result = createContactInputSchema.safeParse(toContactInput(form, [vip], form.custom));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['firstName']);
  });
});

import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { createContactInputSchema } from '@rapport/contracts';
import { demoContacts } from './demo-data.js';

describe('demo data', () => {
  it('is valid contact input, phones included, however many are asked for', () => {
    const people = demoContacts(5000);
    expect(people).toHaveLength(5000);
    for (const p of people) {
      expect(createContactInputSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
      expect(isValidPhoneNumber(p.phone), p.phone).toBe(true);
    }
    expect(people.filter((p) => /[\u4e00-\u9fff]/.test(p.lastName))).toHaveLength(2500);
  });
});

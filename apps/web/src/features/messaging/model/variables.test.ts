import { templateVariables } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { insertAt, isPropertyName, variableGroups } from './variables';

describe('template variables', () => {
  it('offers every root the server knows, with contact fields, custom fields and traits', () => {
    const groups = variableGroups(['vip_level']);
    expect(groups.map((g) => g.root)).toEqual(Object.keys(templateVariables));
    const contact = groups.find((g) => g.root === 'contact')!.paths;
    expect(contact).toContain('contact.firstName');
    expect(contact).toContain('contact.custom.vip_level');
    expect(contact).toContain('contact.traits.orderCount');
  });

  it('replaces the selection and puts the caret after the insertion', () => {
    expect(insertAt('Hi !', 3, 3, '{{ contact.firstName }}')).toEqual({ value: 'Hi {{ contact.firstName }}!', caret: 26 });
    expect(insertAt('Hi NAME', 3, 7, 'x')).toEqual({ value: 'Hi x', caret: 4 });
    expect(insertAt('ab', 9, 9, 'c')).toEqual({ value: 'abc', caret: 3 });
  });

  it('takes event property names Liquid can read with a dot', () => {
    expect(isPropertyName('order_id')).toBe(true);
    expect(isPropertyName('order id')).toBe(false);
  });
});

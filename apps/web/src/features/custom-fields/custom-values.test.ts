import type { CustomField } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso, requiredCustomErrors, toApiCustom, toFormCustom } from './custom-values';

const field = (key: string, type: CustomField['type'], extra: Partial<CustomField> = {}): CustomField => ({
  id: key,
  entity: 'contact',
  key,
  label: key,
  type,
  options: [],
  currency: null,
  isRequired: false,
  isUnique: false,
  position: 0,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...extra,
});

const fields = [
  field('tier', 'select', { options: [{ value: 'gold', label: 'Gold' }] }),
  field('spend', 'currency', { currency: 'TWD' }),
  field('vip', 'boolean'),
  field('topics', 'multi_select'),
  field('note', 'text'),
  field('met', 'date'),
];

describe('toFormCustom', () => {
  it('gives every field an input value, empty when unset', () => {
    expect(toFormCustom(fields, { spend: 1200, topics: ['a'] })).toEqual({
      tier: null,
      spend: 1200,
      vip: false,
      topics: ['a'],
      note: '',
      met: '',
    });
  });
});

describe('toApiCustom', () => {
  it('sends nothing when nothing changed', () => {
    const initial = toFormCustom(fields, { spend: 5, tier: 'gold' });
    expect(toApiCustom(fields, initial, initial)).toEqual({});
  });

  it('sends changed values, clears emptied ones and parses numbers', () => {
    const initial = toFormCustom(fields, { spend: 5, note: 'hi', topics: ['x'] });
    const values = { ...initial, spend: '1,250.5', note: '  ', topics: [], vip: true };
    expect(toApiCustom(fields, values, initial)).toEqual({ spend: 1250.5, note: null, topics: null, vip: true });
  });

  it('on create sends only what was filled in', () => {
    const initial = toFormCustom(fields);
    expect(toApiCustom(fields, { ...initial, met: '2024-05-01' }, initial)).toEqual({ met: '2024-05-01' });
  });

  it('passes a non-number through for the server to reject', () => {
    const initial = toFormCustom(fields);
    expect(toApiCustom(fields, { ...initial, spend: 'abc' }, initial)).toEqual({ spend: 'abc' });
  });
});

describe('datetime inputs', () => {
  it('round-trips through the local input format', () => {
    const iso = '2024-05-01T08:30:00.000Z';
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
    expect(localInputToIso('')).toBeNull();
  });
});

describe('requiredCustomErrors', () => {
  it('flags empty required fields by their form path', () => {
    const req = [field('tier', 'select', { isRequired: true }), field('code', 'text', { isRequired: true })];
    expect(requiredCustomErrors(req, { tier: null, code: 'x' }, 'Required')).toEqual({ 'custom.tier': 'Required' });
  });
});

import type { Contact } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { defaultPicks, isEmptyValue, mergeFields, mergeInput, sameValue } from './merge-picks';

const emptyAddress = { country: null, city: null, district: null, postcode: null, line: null };

function contact(over: Partial<Contact>): Contact {
  return {
    id: 'id',
    firstName: null,
    lastName: null,
    displayName: null,
    name: '',
    email: null,
    emails: [],
    phone: null,
    phones: [],
    gender: null,
    birthday: null,
    locale: null,
    timezone: null,
    address: emptyAddress,
    companyId: null,
    company: null,
    companyRole: null,
    jobTitle: null,
    ownerId: null,
    source: null,
    lifecycleStage: null,
    tags: [],
    autoTags: [],
    externalId: null,
    custom: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const a = contact({ id: 'a', firstName: '小明', email: 'ming@example.com', custom: { vip: 'gold', empty: '' } });
const b = contact({
  id: 'b',
  firstName: 'Ming',
  lastName: '王',
  email: 'ming@example.com',
  address: { ...emptyAddress, city: '台北市' },
  custom: { vip: 'silver', since: '2020-01-01' },
});

describe('isEmptyValue', () => {
  it('treats blanks, empty lists and an address with no parts as empty', () => {
    expect([null, undefined, '', '  ', [], emptyAddress].every(isEmptyValue)).toBe(true);
    expect([0, false, 'x', ['x'], { ...emptyAddress, city: 'x' }].some(isEmptyValue)).toBe(false);
  });
});

describe('mergeFields', () => {
  it('lists fields either contact has, custom ones after the standard ones', () => {
    expect(mergeFields(a, b)).toEqual(['firstName', 'lastName', 'email', 'address', 'custom.since', 'custom.vip']);
  });
});

describe('defaultPicks', () => {
  it("keeps A's value unless it is empty", () => {
    expect(defaultPicks(a, b, mergeFields(a, b))).toEqual({
      firstName: 'a',
      lastName: 'b',
      email: 'a',
      address: 'b',
      'custom.since': 'b',
      'custom.vip': 'a',
    });
  });
});

describe('mergeInput', () => {
  const picks = { firstName: 'a', lastName: 'b', 'custom.vip': 'b' } as const;

  it('names picks by role when A survives', () => {
    expect(mergeInput(a, b, 'a', picks)).toEqual({
      survivorId: 'a',
      mergedId: 'b',
      pick: { firstName: 'survivor', lastName: 'merged', 'custom.vip': 'merged' },
    });
  });

  it('turns them around when B survives', () => {
    expect(mergeInput(a, b, 'b', picks)).toEqual({
      survivorId: 'b',
      mergedId: 'a',
      pick: { firstName: 'merged', lastName: 'survivor', 'custom.vip': 'survivor' },
    });
  });
});

describe('sameValue', () => {
  it('compares values structurally, null and undefined alike', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ city: 'x' }, { city: 'x' })).toBe(true);
    expect(sameValue('a', 'b')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { diffFields } from './audit.service.js';

describe('diffFields', () => {
  it('records a date set or cleared, and treats empty text, lists and objects as no value', () => {
    const at = new Date('2026-12-31T00:00:00Z');
    expect(diffFields({ expiresAt: at }, { expiresAt: null })).toEqual({ expiresAt: { before: '2026-12-31T00:00:00.000Z', after: null } });
    expect(diffFields({ expiresAt: null }, { expiresAt: at })).toEqual({ expiresAt: { before: null, after: '2026-12-31T00:00:00.000Z' } });
    expect(diffFields({ a: '', b: [], c: {} }, { a: null, b: null, c: null })).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { defaultLimitOf, limitErrors, toForm, toRules } from './identity-limits';

const messages = { format: 'format', duplicate: 'duplicate' };

describe('identity rules form', () => {
  it('shows the built-in kinds first, empty when they use the default', () => {
    const form = toForm({ blockedValues: ['test'], limits: { shopify_id: 3, line: 2 } });
    expect(form.limits).toEqual([
      { kind: 'anonymous_id', limit: '', builtIn: true },
      { kind: 'line', limit: 2, builtIn: true },
      { kind: 'shopify_id', limit: 3, builtIn: false },
    ]);
  });

  it('saves only the limits that were set, and each blocked value once', () => {
    const rules = toRules({
      blockedValues: [' guest ', 'guest', ''],
      limits: [
        { kind: 'anonymous_id', limit: '', builtIn: true },
        { kind: 'line', limit: 2, builtIn: true },
        { kind: ' pos_id ', limit: 7, builtIn: false },
        { kind: '', limit: '', builtIn: false },
      ],
    });
    expect(rules).toEqual({ blockedValues: ['guest'], limits: { line: 2, pos_id: 7 } });
  });

  it('names the defaults the server applies', () => {
    expect([defaultLimitOf('anonymous_id'), defaultLimitOf('line'), defaultLimitOf('shopify_id')]).toEqual([100, 5, 10]);
  });

  it('flags kind names the server would refuse, and repeats', () => {
    const errors = limitErrors(
      [
        { kind: 'line', limit: '', builtIn: true },
        { kind: 'Shop ID', limit: 3, builtIn: false },
        { kind: 'pos_id', limit: 3, builtIn: false },
        { kind: 'pos_id', limit: 4, builtIn: false },
        { kind: 'line', limit: 4, builtIn: false },
        { kind: '', limit: '', builtIn: false },
      ],
      messages,
    );
    expect(errors).toEqual({ 'limits.1.kind': 'format', 'limits.3.kind': 'duplicate', 'limits.4.kind': 'duplicate' });
  });
});

import type { Import } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { initialOrderOptions, isCurrencyCode, orderOptionsInput } from './order-options';

const saved: Import['options'] = { mapping: {}, match: 'email', onDuplicate: 'skip', encoding: null, tags: [] };

describe('order options', () => {
  it('starts from the saved options, else the given time zone', () => {
    expect(initialOrderOptions(saved, 'Asia/Taipei')).toEqual({ currency: '', timezone: 'Asia/Taipei', cancelPrefix: '' });
    expect(initialOrderOptions({ ...saved, currency: 'GBP', timezone: 'Europe/London', cancelPrefix: 'C' }, 'Asia/Taipei')).toEqual({
      currency: 'GBP',
      timezone: 'Europe/London',
      cancelPrefix: 'C',
    });
  });

  it('sends only what is filled in, the currency in capitals', () => {
    expect(orderOptionsInput({ currency: ' twd ', timezone: 'Asia/Taipei', cancelPrefix: '' })).toEqual({ currency: 'TWD', timezone: 'Asia/Taipei' });
    expect(orderOptionsInput({ currency: '', timezone: '', cancelPrefix: ' C ' })).toEqual({ cancelPrefix: 'C' });
  });

  it('checks currency codes', () => {
    expect(isCurrencyCode('twd')).toBe(true);
    expect(isCurrencyCode('NT$')).toBe(false);
    expect(isCurrencyCode('')).toBe(false);
  });
});

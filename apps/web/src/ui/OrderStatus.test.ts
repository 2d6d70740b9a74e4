import { describe, expect, it } from 'vitest';
import { isVoided } from './OrderStatus';

describe('isVoided', () => {
  it('strikes out a cancelled order, not a cancellation note or a refund', () => {
    expect(isVoided({ status: 'cancelled', total: 450, netRevenue: 0 })).toBe(true);
    expect(isVoided({ status: 'cancelled', total: -300, netRevenue: -300 })).toBe(false);
    expect(isVoided({ status: 'refunded', total: 380, netRevenue: 0 })).toBe(false);
  });
});

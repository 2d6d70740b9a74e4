import type { CouponPool } from '@rapport/contracts';

export type ExpiryKind = 'none' | 'date' | 'days';

export interface PoolForm {
  name: string;
  kind: 'generated' | 'uploaded';
  prefix: string;
  valueType: 'amount' | 'percent';
  value: number | string;
  expiry: ExpiryKind;
  /** The last day a code is good for, "2026-05-31", in the browser's time zone. */
  expiresOn: string;
  validDays: number | string;
}

export const emptyPoolForm: PoolForm = { name: '', kind: 'generated', prefix: '', valueType: 'percent', value: 10, expiry: 'days', expiresOn: '', validDays: 30 };

/** The end of a day in the browser's time zone, as an instant: a code good "until 31 May" works all that day. */
export function endOfDay(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999).toISOString();
}

const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/** The request for a new pool; a prefix only for generated codes, and one kind of expiry. */
export function poolInput(f: PoolForm) {
  return {
    name: f.name,
    kind: f.kind,
    ...(f.kind === 'generated' ? { prefix: f.prefix.trim() } : {}),
    valueType: f.valueType,
    value: num(f.value),
    ...(f.expiry === 'date' ? { expiresAt: endOfDay(f.expiresOn) ?? '' } : {}),
    ...(f.expiry === 'days' ? { validDays: num(f.validDays) } : {}),
  };
}

/** What a code is worth: "10%" or "150", in the reader's format. */
export function formatValue(pool: Pick<CouponPool, 'value' | 'valueType'>, lng: string): string {
  return pool.valueType === 'percent'
    ? new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 2 }).format(pool.value / 100)
    : new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(pool.value);
}

/** An example of the codes a generated pool makes ("WELCOME-7KQ2M9XA"). */
export const sampleCode = (prefix: string) => `${prefix.trim().toUpperCase() || 'CODE'}-7KQ2M9XA`;

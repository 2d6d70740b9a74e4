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

/** Where a request path shows on the form: a fixed end is picked as a day. */
export const formPath = (path: string) => (path === 'expiresAt' ? 'expiresOn' : path);

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

/** The day an instant falls on in the browser's time zone, "2026-05-31": the day endOfDay was given. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A pool as the form shows it, to edit. */
export function poolForm(p: CouponPool): PoolForm {
  return {
    name: p.name,
    kind: p.kind,
    prefix: p.prefix ?? '',
    valueType: p.valueType,
    value: p.value,
    expiry: p.expiresAt ? 'date' : p.validDays ? 'days' : 'none',
    expiresOn: p.expiresAt ? dayOf(p.expiresAt) : '',
    validDays: p.validDays ?? emptyPoolForm.validDays,
  };
}

/**
 * The change to a pool: everything the form edits, with the kinds of expiry not chosen cleared.
 * An unchanged day keeps the pool's own end, which the API may have set to another hour.
 */
export function poolPatch(f: PoolForm, pool: Pick<CouponPool, 'expiresAt'>) {
  const sameDay = pool.expiresAt !== null && f.expiresOn === dayOf(pool.expiresAt);
  return {
    name: f.name,
    valueType: f.valueType,
    value: num(f.value),
    expiresAt: f.expiry === 'date' ? (sameDay ? pool.expiresAt : (endOfDay(f.expiresOn) ?? '')) : null,
    validDays: f.expiry === 'days' ? num(f.validDays) : null,
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

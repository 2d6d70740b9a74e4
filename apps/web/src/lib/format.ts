/** Locale-aware date and time formatting with the built-in Intl API. */
export function formatDate(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", in the given language. */
export function formatRelative(iso: string, lng: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}

/**
 * "1,160 TWD": the number in the reader's format, then the currency code. Codes rather than
 * symbols, because "$" alone could be any of a dozen dollars, NT$ included.
 */
export function formatAmount(value: number, currency: string | null | undefined, lng: string): string {
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(value);
  return currency ? `${number} ${currency}` : number;
}

/** "today", "yesterday", "12 days ago", for a count of whole days in the past. */
export function formatDaysAgo(days: number, lng: string): string {
  return new Intl.RelativeTimeFormat(lng, { numeric: 'auto' }).format(-days, 'day');
}

/** Renders an audit value (any JSON) as short text. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v)).join(', ') : '∅';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

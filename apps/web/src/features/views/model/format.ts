/** A calendar day (YYYY-MM-DD) in the reader's language, without a time zone shifting it a day. */
export function formatDay(day: string, lng: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: unknown, lng: string): string {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(lng).format(n) : String(value);
}

/**
 * Wall-clock arithmetic in a time zone, for waits until a time of day or a date and for date
 * triggers. Intl knows the zones' rules; formatters are costly to make, so each zone's is kept.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

/** The zone if Intl knows it, else null (a contact's stored zone may predate a rename). */
export function knownZone(tz: string | null | undefined): string | null {
  if (!tz) return null;
  try {
    formatterOf(tz);
    return tz;
  } catch {
    return null;
  }
}

/** The local date (YYYY-MM-DD) and minutes since local midnight of an instant. */
export function localParts(at: Date, tz: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(formatterOf(tz).formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Local wall time minus UTC at an instant, in ms. */
function offsetMs(at: Date, tz: string): number {
  const p = Object.fromEntries(formatterOf(tz).formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a local date and time (HH:MM) names in a zone; in a DST gap, the time just after it. */
export function zonedInstant(date: string, hhmm: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Twice: the offset at the first guess may differ from the offset at the answer across a DST change.
  const first = wall - offsetMs(new Date(wall), tz);
  return new Date(wall - offsetMs(new Date(first), tz));
}

/** A date (YYYY-MM-DD) plus n days. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The next moment after `now` when it is `hhmm` in the zone. */
export function nextTimeOfDay(now: Date, hhmm: string, tz: string): Date {
  const today = localParts(now, tz).date;
  const at = zonedInstant(today, hhmm, tz);
  return at > now ? at : zonedInstant(addDays(today, 1), hhmm, tz);
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether a date trigger fires for this date today: `date + offsetDays` falls on the local date
 * (its month and day when recurring; a 29 February falls on the 28th in other years), and the
 * local time has reached `at`. Returns the occurrence (the local date) or null.
 */
export function dateOccurrence(now: Date, tz: string, date: string, offsetDays: number, recurring: boolean, at: string): string | null {
  const local = localParts(now, tz);
  if (local.minutes < minutesOf(at)) return null;
  const target = addDays(date, offsetDays);
  if (!recurring) return target === local.date ? local.date : null;
  let md = target.slice(5);
  const year = Number(local.date.slice(0, 4));
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (md === '02-29' && !isLeap) md = '02-28';
  return md === local.date.slice(5) ? local.date : null;
}

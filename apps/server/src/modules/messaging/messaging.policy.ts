import type { SkipReason } from '@rapport/contracts';

/** The minutes since midnight of an instant in a time zone. */
function minutesOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When quiet hours end, if `at` falls within them in this time zone; null outside them. Quiet
 * hours may span midnight (21:00–09:00). A daylight-saving change inside the window shifts the
 * end by its hour, which a marketing message can bear.
 */
export function quietUntil(at: Date, timeZone: string, quiet: { start: string; end: string } | null): Date | null {
  if (!quiet) return null;
  const now = minutesOfDay(at, timeZone);
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return null;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const wait = (end - now + 1440) % 1440;
  const until = new Date(at.getTime() + wait * 60_000);
  until.setUTCSeconds(0, 0);
  return until;
}

/** A time zone Intl knows, else null (a contact's field may hold anything an import put there). */
export function validTimeZone(tz: string | null | undefined): string | null {
  if (!tz) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return null;
  }
}

/** Tries a send gets before it fails for good. */
export const maxAttempts = 6;

/** The wait before try n+1 after n failed ones: 1 min, 5 min, 30 min, 2 h, 6 h. */
export function retryDelaySeconds(attempts: number, retryAfterSeconds?: number): number {
  const ladder = [60, 300, 1800, 7200, 21600];
  const base = ladder[Math.min(attempts, ladder.length) - 1] ?? 60;
  return Math.max(base, Math.min(retryAfterSeconds ?? 0, 86_400));
}

/** What the worker does with one claimed send. */
export type Plan =
  | { kind: 'skip'; reason: SkipReason; detail?: string | undefined }
  | { kind: 'defer'; until: Date; reason: string }
  | { kind: 'deliver'; recipient: string };

/** The facts about one send's contact that decide whether it may go. */
export interface SendFacts {
  channel: 'email' | 'sms' | 'line' | 'webhook';
  purpose: 'marketing' | 'transactional';
  contactAlive: boolean;
  recipient: string | null;
  consent: 'subscribed' | 'unsubscribed' | 'unknown';
  suppressed: boolean;
  /** Marketing messages sent to the contact within the cap's window, this batch's included. */
  recentMarketing: number;
  quietUntil: Date | null;
}

/**
 * The rules in order: a gone contact, no address, a suppressed address, no consent (marketing),
 * the frequency cap, then quiet hours, which only delay. Webhooks go to a system, not a person:
 * they need no address or consent of the contact's.
 */
export function planSend(f: SendFacts, cap: { count: number; days: number } | null): Plan {
  if (!f.contactAlive) return { kind: 'skip', reason: 'contact_gone' };
  if (f.channel === 'webhook') return { kind: 'deliver', recipient: 'webhook' };
  if (!f.recipient) return { kind: 'skip', reason: 'no_address' };
  if (f.suppressed) return { kind: 'skip', reason: 'suppressed' };
  if (f.purpose === 'marketing') {
    if (f.consent !== 'subscribed') return { kind: 'skip', reason: 'no_consent', detail: `${f.channel} consent is ${f.consent}` };
    if (cap && f.recentMarketing >= cap.count) return { kind: 'skip', reason: 'frequency_cap', detail: `${f.recentMarketing} in ${cap.days} days` };
    if (f.quietUntil) return { kind: 'defer', until: f.quietUntil, reason: 'quiet hours' };
  }
  return { kind: 'deliver', recipient: f.recipient };
}

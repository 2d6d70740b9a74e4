import type { AudienceEstimateInput, Campaign, CampaignInput, MessageChannel } from '@rapport/contracts';

/** Variants are lettered in order; the server takes A to E. */
export const variantKeys = ['A', 'B', 'C', 'D', 'E'] as const;
export const maxVariants = variantKeys.length;

export type ScheduleKind = 'now' | 'at' | 'local';

export interface VariantDraft {
  templateId: string | null;
  weight: number;
}

/**
 * A campaign as the editor holds it: flat, with every schedule field kept while another kind is
 * chosen, so switching back and forth loses nothing. `inputOf` makes the request from it.
 */
export interface CampaignDraft {
  name: string;
  purpose: 'marketing' | 'transactional';
  include: string[];
  exclude: string[];
  channel: MessageChannel;
  variants: VariantDraft[];
  abTest: boolean;
  testPercent: number;
  metric: 'open' | 'click';
  waitHours: number;
  holdoutPercent: number;
  scheduleKind: ScheduleKind;
  /** A `datetime-local` value in the browser's time zone: "2026-05-01T09:00". */
  at: string;
  /** For a local-time schedule: "2026-05-01" and "09:00" in each contact's time zone. */
  date: string;
  time: string;
  couponPoolId: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** An instant as a `datetime-local` value in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's time zone) as an ISO instant; '' when it is not a time. */
export function localInputToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** A new campaign: one variant, sent now; the other schedules start at 09:00 tomorrow. */
export function newDraft(now: Date = new Date()): CampaignDraft {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return {
    name: '',
    purpose: 'marketing',
    include: [],
    exclude: [],
    channel: 'email',
    variants: [{ templateId: null, weight: 1 }],
    abTest: false,
    testPercent: 20,
    metric: 'open',
    waitHours: 4,
    holdoutPercent: 0,
    scheduleKind: 'now',
    at: isoToLocalInput(tomorrow.toISOString()),
    date: localDay(tomorrow),
    time: '09:00',
    couponPoolId: null,
  };
}

/** The editor's draft of a saved campaign. */
export function draftOf(c: Campaign, now: Date = new Date()): CampaignDraft {
  const base = newDraft(now);
  const s = c.schedule;
  return {
    ...base,
    name: c.name,
    purpose: c.purpose,
    include: c.audience.include,
    exclude: c.audience.exclude,
    channel: c.channel,
    // A draft saved through the API may have no variant yet; the editor always shows one.
    variants: c.variants.length ? c.variants.map((v) => ({ templateId: v.templateId, weight: v.weight })) : base.variants,
    abTest: c.abTest !== null,
    testPercent: c.abTest?.testPercent ?? base.testPercent,
    metric: c.abTest?.metric ?? base.metric,
    waitHours: c.abTest?.waitHours ?? base.waitHours,
    holdoutPercent: c.holdoutPercent,
    scheduleKind: s.kind,
    at: s.kind === 'at' ? isoToLocalInput(s.at) : base.at,
    date: s.kind === 'local' ? s.date : base.date,
    time: s.kind === 'local' ? s.time : base.time,
    couponPoolId: c.couponPoolId,
  };
}

/** The request body a draft makes; fields left empty stay empty: a draft saves half-done, and scheduling names what is missing. */
export function inputOf(d: CampaignDraft): CampaignInput {
  const schedule: CampaignInput['schedule'] =
    d.scheduleKind === 'now' ? { kind: 'now' } : d.scheduleKind === 'at' ? { kind: 'at', at: localInputToIso(d.at) } : { kind: 'local', date: d.date, time: d.time };
  return {
    name: d.name,
    purpose: d.purpose,
    audience: { include: d.include, exclude: d.exclude },
    channel: d.channel,
    variants: d.variants.map((v, i) => ({ key: variantKeys[i] ?? '?', templateId: v.templateId, weight: v.weight })),
    abTest: d.abTest && d.variants.length > 1 ? { testPercent: d.testPercent, metric: d.metric, waitHours: d.waitHours } : null,
    holdoutPercent: d.holdoutPercent,
    schedule,
    couponPoolId: d.couponPoolId,
  };
}

/**
 * The audience estimate's request for a draft, or null while no segment is included. The channel is
 * the draft's: every variant's template is picked from it, and a new draft starts on email. The ids
 * are sorted because the order they were picked in changes nothing in the answer.
 */
export function estimateInputOf(d: Pick<CampaignDraft, 'include' | 'exclude' | 'channel'>): Required<AudienceEstimateInput> | null {
  if (!d.include.length) return null;
  return { audience: { include: [...d.include].sort(), exclude: [...d.exclude].sort() }, channel: d.channel };
}

/** Whether two drafts make the same request (what "unsaved changes" means); the server trims the name. */
export const sameInput = (a: CampaignDraft, b: CampaignDraft) => JSON.stringify(inputOf({ ...a, name: a.name.trim() })) === JSON.stringify(inputOf({ ...b, name: b.name.trim() }));

export function addVariant(d: CampaignDraft): CampaignDraft {
  if (d.variants.length >= maxVariants) return d;
  return { ...d, variants: [...d.variants, { templateId: null, weight: 1 }] };
}

/** Removes a variant; the ones after it move up a letter. One variant left cannot be a test. */
export function removeVariant(d: CampaignDraft, index: number): CampaignDraft {
  if (d.variants.length <= 1) return d;
  const variants = d.variants.filter((_, i) => i !== index);
  return { ...d, variants, abTest: d.abTest && variants.length > 1 };
}

/** A new channel: the templates chosen were of the old one, so every variant is picked again. */
export function setChannel(d: CampaignDraft, channel: MessageChannel): CampaignDraft {
  return channel === d.channel ? d : { ...d, channel, variants: d.variants.map((v) => ({ ...v, templateId: null })) };
}

/** Each variant's share of the messages, in percent, from the weights. */
export function variantShares(variants: VariantDraft[]): number[] {
  const total = variants.reduce((s, v) => s + (Number.isFinite(v.weight) && v.weight > 0 ? v.weight : 0), 0);
  return variants.map((v) => (total && v.weight > 0 ? (v.weight / total) * 100 : 0));
}

/**
 * How the audience divides, in percent: the holdout gets nothing, the test pool gets the variants,
 * the rest waits for the winner. Without a test everyone outside the holdout gets a variant now.
 */
export function audienceSplit(d: Pick<CampaignDraft, 'abTest' | 'testPercent' | 'holdoutPercent' | 'variants'>): { holdout: number; test: number; rest: number } {
  const holdout = d.holdoutPercent;
  if (!d.abTest || d.variants.length < 2) return { holdout, test: 100 - holdout, rest: 0 };
  return { holdout, test: d.testPercent, rest: Math.max(0, 100 - holdout - d.testPercent) };
}

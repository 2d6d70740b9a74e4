import type { CampaignInput } from '@rapport/contracts';
import { isApiError } from '../../../lib/api';

/** Complaints about a campaign, by the dotted path of the request they concern ("variants.1.templateId"). */
export type PathErrors = Map<string, string>;

function add(errors: PathErrors, path: string, message: string) {
  const before = errors.get(path);
  errors.set(path, before ? `${before}; ${message}` : message);
}

/** The field errors of a refused save or schedule; a refusal without paths keeps its detail under "". */
export function problemErrors(error: unknown): PathErrors {
  const out: PathErrors = new Map();
  if (!isApiError(error)) return out;
  const errors = error.problem?.errors ?? [];
  for (const e of errors) add(out, e.path, e.message);
  if (!errors.length) add(out, '', error.problem?.detail ?? error.message);
  return out;
}

function valueAt(input: unknown, path: string): unknown {
  let at = input;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/**
 * The complaints still worth showing: each one while the value it is about is what was sent, so
 * editing a field clears its message without an effect to reset it. One without a path lasts
 * while nothing changed.
 */
export function liveErrors(errors: PathErrors, sent: CampaignInput, now: CampaignInput): PathErrors {
  const same = (path: string) => JSON.stringify(path ? valueAt(sent, path) : sent) === JSON.stringify(path ? valueAt(now, path) : now);
  return new Map([...errors].filter(([path]) => same(path)));
}

const exact = new Set(['name', 'purpose', 'holdoutPercent', 'couponPoolId', 'abTest', 'abTest.testPercent', 'abTest.metric', 'abTest.waitHours', 'schedule.at', 'schedule.date', 'schedule.time']);

/**
 * The field of the editor that shows a complaint at this path, or null when none does. A segment
 * of the audience shows at its picker, a variant's letter at the variants' list, the schedule's
 * kind at its switch.
 */
export function fieldOf(path: string): string | null {
  if (exact.has(path)) return path;
  if (path === 'audience' || /^audience\.include(\.\d+)?$/.test(path)) return 'audience.include';
  if (/^audience\.exclude(\.\d+)?$/.test(path)) return 'audience.exclude';
  if (/^variants\.\d+\.(templateId|weight)$/.test(path)) return path;
  if (path === 'variants' || /^variants\.\d+(\.key)?$/.test(path)) return 'variants';
  if (path === 'schedule' || path === 'schedule.kind') return 'schedule';
  return null;
}

export interface PlacedErrors {
  /** Messages by the field that shows them (see `fieldOf`). */
  byField: Map<string, string>;
  /** Messages with no field on screen, as "path: message" (or the message alone). */
  other: string[];
}

/**
 * Sorts complaints by the field that shows them. `describe` may rewrite a message with what the
 * path points at (the name of the segment at `audience.include.2`).
 */
export function placeErrors(errors: PathErrors, describe: (path: string, message: string) => string = (_p, m) => m): PlacedErrors {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const [path, message] of errors) {
    const field = fieldOf(path);
    if (field === null) {
      other.push(path ? `${path}: ${message}` : message);
      continue;
    }
    const text = describe(path, message);
    const before = byField.get(field);
    byField.set(field, before ? `${before}; ${text}` : text);
  }
  return { byField, other };
}

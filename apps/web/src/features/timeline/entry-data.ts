/**
 * Readers for the `data` of timeline entries. The contract leaves `data` open (later issues add kinds),
 * so each reader checks the shape it documents and returns null when an entry doesn't match; the UI
 * then shows that entry generically instead of failing.
 */
type Data = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface NoteData {
  noteId: string;
  body: string;
  /** The author's user id (null for notes made with an API key); only the author edits. */
  authorId: string | null;
  /** When the note was last edited, if the server says. */
  updatedAt: string | null;
}

export function readNote(data: Data): NoteData | null {
  const noteId = str(data.noteId);
  const body = str(data.body);
  return noteId && body !== null ? { noteId, body, authorId: str(data.authorId), updatedAt: str(data.updatedAt) } : null;
}

export interface ConsentData {
  channel: string;
  status: string;
  source: string | null;
  proofText: string | null;
}

export function readConsent(data: Data): ConsentData | null {
  const channel = str(data.channel);
  const status = str(data.status);
  return channel && status ? { channel, status, source: str(data.source), proofText: str(data.proofText) } : null;
}

export interface MergeData {
  mergeId: string;
  mergedName: string;
  status: 'merged' | 'undone';
}

export function readMerge(data: Data): MergeData | null {
  const mergeId = str(data.mergeId);
  if (!mergeId) return null;
  return { mergeId, mergedName: str(data.mergedName) ?? '', status: data.status === 'undone' ? 'undone' : 'merged' };
}

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

export interface FieldChangeData {
  action: 'create' | 'update' | 'delete';
  changes: Change[];
  /** From the history of a contact since merged into this one. */
  fromMerged: boolean;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

/** Row columns such as "addressCity" name the same field as the API path "address.city". */
export const canonicalField = (field: string) => field.replace(/^address([A-Z])(\w*)$/, (_m, a: string, rest: string) => `address.${a.toLowerCase()}${rest}`);

/**
 * Field changes, one per changed leaf: an object value such as `address` or `custom` becomes
 * "address.city", "custom.vip_level"…, and fields whose two sides are equal are left out.
 */
export function flattenChanges(changes: unknown): Change[] {
  if (!isObject(changes)) return [];
  const out: Change[] = [];
  for (const [column, change] of Object.entries(changes)) {
    const { before, after } = isObject(change) && ('before' in change || 'after' in change) ? change : { before: undefined, after: change };
    const field = canonicalField(column);
    if (isObject(before) || isObject(after)) {
      const b = isObject(before) ? before : {};
      const a = isObject(after) ? after : {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (!same(b[key], a[key])) out.push({ field: `${field}.${key}`, before: b[key], after: a[key] });
      }
    } else if (!same(before, after)) {
      out.push({ field, before, after });
    }
  }
  return out;
}

export function readFieldChange(data: Data): FieldChangeData | null {
  const action = data.action;
  if (action !== 'create' && action !== 'update' && action !== 'delete') return null;
  return { action, changes: flattenChanges(data.changes), fromMerged: typeof data.mergedRecordId === 'string' };
}

/**
 * Whether a field-change entry tells the reader nothing: an update whose changes are all hidden
 * (e.g. consent changes, which consent entries show better) or none at all after flattening.
 */
export function isRedundantChange(data: Data, isHidden: (field: string) => boolean): boolean {
  const change = readFieldChange(data);
  return change !== null && change.action === 'update' && change.changes.every((c) => isHidden(c.field));
}

/** A short "key: value · key: value" line for entries of kinds this client doesn't know. */
export function summarize(data: Data, max = 4): string {
  return Object.entries(data)
    .filter(([, v]) => !isEmpty(v))
    .slice(0, max)
    .map(([k, v]) => {
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      return `${k}: ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
    })
    .join(' · ');
}

export { isEmpty as isEmptyValue };

const eventTypeNames = ['identify', 'track', 'page', 'screen', 'group', 'alias'] as const;
export type EventEntryType = (typeof eventTypeNames)[number];

export interface EventData {
  eventId: string;
  type: EventEntryType;
  /** The event name of a track, the page or screen name; null when the call had none. */
  name: string | null;
  properties: Data;
  traits: Data | null;
  /** The tracker's context.page: url, path, title, referrer, search. */
  page: Data | null;
  sourceId: string | null;
}

export function readEvent(data: Data): EventData | null {
  const eventId = str(data.eventId);
  const type = eventTypeNames.find((t) => t === data.type);
  if (!eventId || !type) return null;
  return {
    eventId,
    type,
    name: str(data.name) || null,
    properties: isObject(data.properties) ? data.properties : {},
    traits: isObject(data.traits) ? data.traits : null,
    page: isObject(data.page) ? data.page : null,
    sourceId: str(data.sourceId),
  };
}

/**
 * What to call a viewed page: its title, else the name the call gave it, else its path or URL. The
 * tracker puts these in context.page and in properties; server libraries usually only in properties.
 */
export function pageLabel(event: EventData): string | null {
  const pick = (key: string) => str(event.page?.[key])?.trim() || str(event.properties[key])?.trim() || null;
  return pick('title') ?? event.name ?? pick('path') ?? pick('url');
}

/** The page's address, shown under its title when the title is something else. */
export function pageAddress(event: EventData): string | null {
  const address = str(event.page?.url) ?? str(event.properties.url) ?? str(event.page?.path) ?? str(event.properties.path);
  return address && address !== pageLabel(event) ? address : null;
}

const orderStatusNames = ['placed', 'paid', 'fulfilled', 'cancelled', 'refunded'] as const;
const orderChannelNames = ['online', 'offline', 'store'] as const;

export interface OrderEntryData {
  /** The order's record id, for GET /api/v1/orders/:id. */
  orderPk: string;
  /** The shop's own order number, e.g. "A-1001". */
  orderId: string;
  status: (typeof orderStatusNames)[number];
  total: number;
  /** What the order adds to revenue: less than the total once refunded, nothing when cancelled. */
  netRevenue: number;
  currency: string | null;
  channel: (typeof orderChannelNames)[number] | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readOrder(data: Data): OrderEntryData | null {
  const orderPk = str(data.orderPk);
  const orderId = str(data.orderId);
  const status = orderStatusNames.find((s) => s === data.status);
  const total = num(data.total);
  if (!orderPk || !orderId || !status || total === null) return null;
  return {
    orderPk,
    orderId,
    status,
    total,
    netRevenue: num(data.netRevenue) ?? total,
    currency: str(data.currency),
    channel: orderChannelNames.find((c) => c === data.channel) ?? null,
  };
}

export interface SegmentEntryData {
  change: 'entered' | 'exited';
  segmentId: string;
  /** The segment's name when the contact entered or left (it may have been renamed since). */
  segmentName: string;
  /** The tag the segment's rule added on entry or took away on exit. */
  autoTag: string | null;
}

export function readSegment(data: Data): SegmentEntryData | null {
  const segmentId = str(data.segmentId);
  const change = data.change === 'entered' || data.change === 'exited' ? data.change : null;
  if (!segmentId || !change) return null;
  return { change, segmentId, segmentName: str(data.segmentName) ?? '', autoTag: str(data.autoTag) || null };
}

export interface ModelEntryData {
  model: 'nasld' | 'lifecycle';
  from: string | null;
  to: string;
}

/** A NASLD state or lifecycle stage changed by the models and rules. */
export function readModel(data: Data): ModelEntryData | null {
  const model = data.model === 'nasld' || data.model === 'lifecycle' ? data.model : null;
  const to = str(data.to);
  if (!model || !to) return null;
  return { model, from: str(data.from) || null, to };
}

import type { PropertyFilter, SegmentCondition, SegmentGroup, SegmentWindow } from '../segments.js';

/**
 * Ready-made segments a workspace can start from: the audiences small shops in Taiwan and the rest
 * of Asia ask for most (registered but never bought, abandoned carts, F2, RFM and NASLD groups,
 * birthdays, win-back, consent lists, holdouts). Each is an ordinary definition built from the
 * segment primitives, so it compiles in a fresh workspace as it stands: events are only Segment's
 * well-known e-commerce names or messaging events, and amounts are defaults the user edits.
 *
 * Ids are stable: the UI and saved segments may refer to them, so rename a template's text freely
 * but never its id.
 */
export const segmentTemplateCategories = [
  'lifecycle',
  'purchase',
  'engagement',
  'browsing',
  'cart',
  'value',
  'retention',
  'messaging',
  'profile',
  'experiment',
] as const;
export type SegmentTemplateCategory = (typeof segmentTemplateCategories)[number];

export const segmentTemplateLanguages = ['en', 'zh-TW', 'zh-CN', 'ja'] as const;
export type SegmentTemplateLanguage = (typeof segmentTemplateLanguages)[number];

export interface SegmentTemplate {
  id: string;
  category: SegmentTemplateCategory;
  names: Record<SegmentTemplateLanguage, string>;
  descriptions: Record<SegmentTemplateLanguage, string>;
  definition: SegmentGroup;
}

/* Builders the templates are written with: short names for the definition language. */
type Node = SegmentCondition | SegmentGroup;
type Text = Record<SegmentTemplateLanguage, readonly [name: string, description: string]>;

export const all = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'and', children });
export const any = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'or', children });
/** None of the children holds. */
export const none = (...children: Node[]): SegmentGroup => ({ type: 'group', combinator: 'or', negate: true, children });

export const ever: SegmentWindow = { kind: 'ever' };
export const lastDays = (days: number): SegmentWindow => ({ kind: 'last_days', days });

export const profile = (field: string, op: Extract<SegmentCondition, { type: 'condition' }>['op'], value?: string | number | string[]): SegmentCondition =>
  value === undefined ? { type: 'condition', field, op } : { type: 'condition', field, op, value };
export const model = (field: string, op: Extract<SegmentCondition, { type: 'model' }>['op'], value: string | number | string[]): SegmentCondition => ({
  type: 'model',
  field,
  op,
  value,
});

/** Performed an event at least `min` times in the window. */
export const did = (event: string, window: SegmentWindow, min = 1, where?: PropertyFilter[]): SegmentCondition => ({
  type: 'event',
  event,
  ...(where ? { where } : {}),
  count: { op: 'gte', value: min },
  window,
});
export const didNot = (event: string, window: SegmentWindow): SegmentCondition => ({ type: 'event', event, count: { op: 'eq', value: 0 }, window });

/** Did `first` in the window and then not `then` within N hours of the last time. */
export const abandoned = (first: string, then: string, withinHours: number, window: SegmentWindow, where?: PropertyFilter[]): SegmentCondition => ({
  type: 'event_sequence',
  first: { event: first, ...(where ? { where } : {}) },
  then: { event: then },
  thenPerformed: false,
  withinHours,
  window,
});

type OrdersCondition = Extract<SegmentCondition, { type: 'orders' }>;
export const orders = (metric: OrdersCondition['metric'], op: OrdersCondition['op'], value: OrdersCondition['value'], window: SegmentWindow = ever): SegmentCondition => ({
  type: 'orders',
  metric,
  window,
  op,
  value,
});
export const noOrders = (window: SegmentWindow = ever) => orders('count', 'eq', 0, window);

type MessageCondition = Extract<SegmentCondition, { type: 'message' }>;
export const message = (
  action: MessageCondition['action'],
  window: SegmentWindow,
  count: MessageCondition['count'] = { op: 'gte', value: 1 },
  channel?: MessageCondition['channel'],
): SegmentCondition => ({ type: 'message', action, ...(channel ? { channel } : {}), count, window });

export const boughtVia = (channels: Extract<SegmentCondition, { type: 'order_channel' }>['channels'], window: SegmentWindow): SegmentCondition => ({
  type: 'order_channel',
  channels,
  window,
});
export const inStore = (window: SegmentWindow) => boughtVia(['store', 'offline'], window);
export const online = (window: SegmentWindow) => boughtVia(['online'], window);

export const rfmGroup = (group: string) => all(model('rfm.group', 'eq', group));
export const nasld = (state: string) => all(model('nasld.state', 'eq', state));
export const bucket = (from: number, to: number, salt: string): SegmentGroup => all({ type: 'random', from, to, salt });
export const reachable = () => any(profile('email', 'is_set'), profile('phone', 'is_set'));

export function template(id: string, category: SegmentTemplateCategory, text: Text, definition: SegmentGroup): SegmentTemplate {
  const pick = (i: 0 | 1) => Object.fromEntries(segmentTemplateLanguages.map((l) => [l, text[l][i]])) as Record<SegmentTemplateLanguage, string>;
  return { id, category, names: pick(0), descriptions: pick(1), definition };
}


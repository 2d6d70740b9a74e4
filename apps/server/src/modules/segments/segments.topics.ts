import { messageEventNames, type SegmentNode } from '@rapport/contracts';

/**
 * The topics of segment_dirty (migration 0013) a segment reads. The triggers mark each queued
 * contact with what changed; the worker evaluates a segment again only for contacts marked with
 * one of its topics, so a page view does not re-evaluate every order segment.
 *
 *   profile              the contact row (also deletion and merges, which every segment reads)
 *   consent              consent events
 *   seen                 first and last seen, acquisition: traits the event processor keeps
 *   orders               orders, their lines, and the order figures in traits
 *   models               RFM and NASLD outputs (their recompute evaluates every segment anyway)
 *   event:<type>:<name>  an event stored for the contact
 *   segment:<id>         the contact's membership of that segment or list changed
 */
export type Topic = string;

/** Traits the event processor keeps; the others follow orders. */
const seenTraits = new Set(['traits.firstSeenAt', 'traits.lastSeenAt', 'traits.acquisitionSource', 'traits.acquisitionMedium', 'traits.acquisitionCampaign']);

export const eventTopic = (type: string, name: string): Topic => `event:${type}:${type === 'identify' ? '' : name}`;
export const segmentTopic = (id: string): Topic => `segment:${id}`;

function fieldTopic(field: string): Topic {
  if (field.startsWith('consent.')) return 'consent';
  if (field.startsWith('traits.')) return seenTraits.has(field) ? 'seen' : 'orders';
  return 'profile';
}

/** Every topic a definition reads, at any depth. Always includes "profile". */
export function segmentTopics(node: SegmentNode, out = new Set<Topic>(['profile'])): Set<Topic> {
  switch (node.type) {
    case 'group':
      for (const child of node.children) segmentTopics(child, out);
      break;
    case 'condition':
      out.add(fieldTopic(node.field));
      break;
    case 'model':
      out.add('models');
      break;
    case 'event':
    case 'event_time':
    case 'event_aggregate':
      out.add(eventTopic(node.eventType ?? 'track', node.event));
      break;
    case 'event_sequence':
      out.add(eventTopic(node.first.eventType ?? 'track', node.first.event));
      out.add(eventTopic(node.then.eventType ?? 'track', node.then.event));
      // An order from anywhere ends a checkout (segments.compile.ts).
      if (node.then.event === 'Order Completed') out.add('orders');
      break;
    case 'message':
      out.add(eventTopic('track', messageEventNames[node.action]));
      break;
    case 'orders':
    case 'bought':
    case 'coupon':
    case 'order_channel':
      out.add('orders');
      break;
    case 'segment':
      out.add(segmentTopic(node.segmentId));
      break;
    case 'random':
      break;
  }
  return out;
}

/** Whether a contact marked with these topics (empty: anything) needs a segment reading `reads`. */
export const concerns = (marked: readonly Topic[], reads: ReadonlySet<Topic>): boolean => marked.length === 0 || marked.some((t) => reads.has(t));

/**
 * Which way a definition can move when events of one topic are added to a contact: `up`, it can
 * only become true (or stay); `down`, only false; `none`, it does not read them; `mixed`, either.
 * A member marked only with `up` topics stays a member and a non-member marked only with `down`
 * topics stays out, so the worker need not evaluate them. Windows do not matter: an added event
 * only adds to the counts of the windows it falls in. A window that moved on while nothing arrived
 * is the scheduled recompute's to catch, with or without the new event.
 */
export type Direction = 'up' | 'down' | 'none' | 'mixed';

const joinDirections = (a: Direction, b: Direction): Direction => (a === 'none' ? b : b === 'none' || a === b ? a : 'mixed');
const flip = (d: Direction): Direction => (d === 'up' ? 'down' : d === 'down' ? 'up' : d);

export function eventDirection(node: SegmentNode, topic: Topic): Direction {
  // Other topics (a profile edit, an order) can move anything.
  if (!topic.startsWith('event:')) return 'mixed';
  switch (node.type) {
    case 'group': {
      const d = node.children.reduce<Direction>((acc, child) => joinDirections(acc, eventDirection(child, topic)), 'none');
      return node.negate ? flip(d) : d;
    }
    case 'event':
      if (eventTopic(node.eventType ?? 'track', node.event) !== topic) return 'none';
      return countDirection(node.count);
    case 'message':
      if (eventTopic('track', messageEventNames[node.action]) !== topic) return 'none';
      return countDirection(node.count);
    case 'event_time':
      if (eventTopic(node.eventType ?? 'track', node.event) !== topic) return 'none';
      // The latest can only get later, the earliest only earlier; "first after" also turns true on a first event.
      if (node.which === 'last') return node.op === 'after' || node.op === 'within_last_days' ? 'up' : 'mixed';
      return node.op === 'before' || node.op === 'before_last_days' ? 'up' : 'mixed';
    case 'event_aggregate': {
      if (eventTopic(node.eventType ?? 'track', node.event) !== topic) return 'none';
      const above = node.op === 'gt' || node.op === 'gte';
      const below = node.op === 'lt' || node.op === 'lte';
      if (node.agg === 'count_distinct') return above ? 'up' : below ? 'down' : 'mixed';
      if (node.agg === 'max') return above ? 'up' : 'mixed';
      if (node.agg === 'min') return below ? 'up' : 'mixed';
      return 'mixed';
    }
    case 'event_sequence': {
      const first = eventTopic(node.first.eventType ?? 'track', node.first.event);
      const then = eventTopic(node.then.eventType ?? 'track', node.then.event);
      // A new `first` moves the time its follower is looked for; a new follower only answers it.
      if (first === topic) return 'mixed';
      if (then !== topic) return 'none';
      return node.thenPerformed ? 'up' : 'down';
    }
    default:
      // A kind of condition not taught here may still read the topic: then nothing is known.
      return segmentTopics(node, new Set()).has(topic) ? 'mixed' : 'none';
  }
}

function countDirection(count: { op: 'gte' | 'lte' | 'eq'; value: number }): Direction {
  if (count.op === 'gte') return 'up';
  if (count.op === 'lte' || count.value === 0) return 'down';
  return 'mixed';
}

/**
 * Whether a pass can leave a contact's membership as it is: every topic it is marked with that the
 * segment reads moves the segment only towards where the contact already is. Empty marks (anything) never do.
 */
export function settled(marked: readonly Topic[], reads: ReadonlySet<Topic>, direction: (t: Topic) => Direction, member: boolean): boolean {
  if (!marked.length) return false;
  const toward = member ? 'up' : 'down';
  return marked.every((t) => !reads.has(t) || direction(t) === toward || direction(t) === 'none');
}

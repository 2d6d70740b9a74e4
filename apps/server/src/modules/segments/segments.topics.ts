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

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventType } from '@rapport/contracts';

/** Segment's limits: one event, and one batch request. */
export const maxEventBytes = 32 * 1024;
export const maxBatchBytes = 500 * 1024;

/** Values SDKs send when an id is missing or mangled; they never become identities. */
const builtInBlocked = new Set(['', 'null', 'undefined', '0', '[object object]', 'nan', 'anonymous', 'none', 'n/a']);
export const isBlockedIdentity = (value: string, extra?: ReadonlySet<string>) =>
  builtInBlocked.has(value.trim().toLowerCase()) || Boolean(extra?.has(value.trim().toLowerCase()));

/** Earliest event time accepted; an older one is a zero or unset clock, not history. */
const earliest = Date.UTC(2000, 0, 1);
/** How far ahead of our clock a corrected timestamp may be. */
const maxAheadMs = 24 * 3600 * 1000;

const id = z.union([z.string().max(500), z.number().finite()]).transform(String);
const object = z.record(z.string(), z.unknown());
const when = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${String(v).slice(0, 40)}` });
    return z.NEVER;
  }
  return d;
});

const messageSchema = z.object({
  type: z.string().optional(),
  messageId: z.string().min(1).max(200).optional(),
  anonymousId: id.nullish(),
  userId: id.nullish(),
  event: z.string().max(200).optional(),
  name: z.string().max(200).nullish(),
  category: z.string().max(200).nullish(),
  groupId: id.nullish(),
  previousId: id.nullish(),
  properties: object.nullish(),
  traits: object.nullish(),
  context: object.nullish(),
  integrations: object.nullish(),
  timestamp: when.nullish(),
  originalTimestamp: when.nullish(),
  sentAt: when.nullish(),
});

/** An accepted event, shaped as a row of event_inbox. */
export interface InboxRow {
  workspace_id: string;
  source_id: string;
  message_id: string;
  type: EventType;
  name: string | null;
  anonymous_id: string | null;
  user_id: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown> | null;
  context: Record<string, unknown>;
  timestamp: string;
  original_timestamp: string | null;
  sent_at: string | null;
  received_at: string;
}

export interface Envelope {
  workspaceId: string;
  sourceId: string;
  receivedAt: Date;
  /** The batch's sentAt, for events that carry none of their own. */
  sentAt: Date | null;
  /** The caller's address, for events whose context has none. */
  ip: string | null;
}

const typeAliases: Record<string, EventType> = { identify: 'identify', track: 'track', page: 'page', screen: 'screen', group: 'group', alias: 'alias' };

const cleanId = (v: string | null | undefined) => (v == null || isBlockedIdentity(v) ? null : v.trim());

/**
 * Validates one Segment message and turns it into an inbox row, or says why not. `type` comes
 * from the endpoint for single calls and from the message inside a batch.
 */
export function normalizeMessage(raw: unknown, type: string | undefined, env: Envelope): InboxRow | { reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { reason: 'an event must be a JSON object' };
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { reason: `${issue.path.join('.') || 'event'}: ${issue.message}` };
  }
  const m = parsed.data;
  const kind = typeAliases[(type ?? m.type ?? '').toLowerCase()];
  if (!kind) return { reason: `type: must be one of identify, track, page, screen, group, alias (got ${JSON.stringify(m.type ?? null)})` };
  const userId = cleanId(m.userId);
  const anonymousId = cleanId(m.anonymousId);
  if (!userId && !anonymousId) return { reason: 'userId or anonymousId is required (empty, "null", "0" and the like do not count)' };
  if (kind === 'track' && !m.event?.trim()) return { reason: 'event: a track call needs the event name' };
  if (kind === 'group' && !cleanId(m.groupId)) return { reason: 'groupId: a group call needs it' };
  if (kind === 'alias' && !cleanId(m.previousId)) return { reason: 'previousId: an alias call needs it' };

  // Segment's clock-skew rule: the device's clock may be off, but the gap between the event and
  // its sending is not, so timestamp = receivedAt - (sentAt - originalTimestamp).
  const original = m.originalTimestamp ?? m.timestamp ?? null;
  const sentAt = m.sentAt ?? env.sentAt;
  const at = original && sentAt ? new Date(env.receivedAt.getTime() - (sentAt.getTime() - original.getTime())) : (original ?? env.receivedAt);
  if (at.getTime() < earliest) return { reason: `timestamp: ${at.toISOString()} is before 2000; check the sender's clock` };
  if (at.getTime() > env.receivedAt.getTime() + maxAheadMs) return { reason: `timestamp: ${at.toISOString()} is more than a day ahead of the server's clock` };

  const properties: Record<string, unknown> = { ...(m.properties ?? {}) };
  let name: string | null = null;
  if (kind === 'track') name = m.event!.trim();
  else if (kind === 'page' || kind === 'screen') {
    name = m.name?.trim() || null;
    if (m.category) properties.category ??= m.category;
  } else if (kind === 'group') properties.groupId = cleanId(m.groupId);
  else if (kind === 'alias') properties.previousId = cleanId(m.previousId);

  const context: Record<string, unknown> = { ...(m.context ?? {}) };
  if (!context.ip && env.ip) context.ip = env.ip;
  if (m.integrations && Object.keys(m.integrations).length) context.integrations = m.integrations;

  return {
    workspace_id: env.workspaceId,
    source_id: env.sourceId,
    // A message without an id cannot be deduplicated; it gets one so it can still be stored.
    message_id: m.messageId ?? `rapport-${randomUUID()}`,
    type: kind,
    name,
    anonymous_id: anonymousId,
    user_id: userId,
    properties,
    traits: kind === 'identify' || kind === 'group' ? (m.traits ?? {}) : null,
    context,
    timestamp: at.toISOString(),
    original_timestamp: original?.toISOString() ?? null,
    sent_at: sentAt?.toISOString() ?? null,
    received_at: env.receivedAt.toISOString(),
  };
}

import { v7 as uuidv7 } from 'uuid';
import {
  consentChannels,
  setConsentInputSchema,
  type ConsentChannel,
  type ConsentEvent,
  type ConsentState,
  type Page,
  type SetConsentInput,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './consent.repo.js';
import { findContact } from './contacts.repo.js';

function toEvent(r: repo.ConsentEventRow): ConsentEvent {
  return {
    id: r.id,
    channel: r.channel,
    status: r.status,
    source: r.source,
    proofText: r.proofText,
    proofIp: r.proofIp,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt.toISOString(),
  };
}

async function assertContact(tx: Parameters<typeof findContact>[0], ctx: Ctx, contactId: string) {
  if (!isUuid(contactId) || !(await findContact(tx, ctx.workspaceId, contactId))) throw notFound('Contact');
}

/** Every channel's current consent; a channel never set is unknown. */
export async function getConsents(ctx: Ctx, contactId: string): Promise<{ data: ConsentState[] }> {
  const latest = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await assertContact(tx, ctx, contactId);
    return repo.latestConsents(tx, ctx.workspaceId, contactId);
  });
  const byChannel = new Map(latest.map((r) => [r.channel, r]));
  return {
    data: consentChannels.map((channel) => {
      const r = byChannel.get(channel);
      return { channel, status: r?.status ?? 'unknown', source: r?.source ?? null, changedAt: r?.createdAt.toISOString() ?? null };
    }),
  };
}

/**
 * Records a consent change with its proof: the request's address and, for forms, the text agreed
 * to. The previous state stays in the history; the contact's audit log notes the change too.
 */
export async function setConsent(ctx: Ctx, contactId: string, input: SetConsentInput, ip: string | null): Promise<ConsentEvent> {
  const data = setConsentInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await assertContact(tx, ctx, contactId);
    const before = (await repo.latestConsents(tx, ctx.workspaceId, contactId)).find((r) => r.channel === data.channel);
    const row = await repo.insertConsentEvent(tx, {
      id: uuidv7(),
      workspaceId: ctx.workspaceId,
      contactId,
      channel: data.channel,
      status: data.status,
      source: data.source ?? (ctx.via === 'ui' ? 'manual' : 'api'),
      proofText: data.proofText ?? null,
      proofIp: ip,
      actorLabel: ctx.actor.label,
    });
    const field = `consent.${data.channel}`;
    await recordAudit(tx, ctx, {
      entity: 'contact',
      entityId: contactId,
      action: 'update',
      changes: { [field]: { before: before?.status ?? 'unknown', after: data.status } },
    });
    return toEvent(row);
  });
}

export async function listConsentHistory(
  ctx: Ctx,
  contactId: string,
  q: { channel?: ConsentChannel | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<ConsentEvent>> {
  const beforeId = decodeCursor(q.cursor, isUuid);
  const rows = await withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    await assertContact(tx, ctx, contactId);
    return repo.listConsentEvents(tx, ctx.workspaceId, contactId, { channel: q.channel, beforeId, limit: q.limit });
  });
  const page = toPage(rows, q.limit, (r) => r.id);
  return { data: page.data.map(toEvent), nextCursor: page.nextCursor };
}

/**
 * Records a consent change made outside a user's session (an unsubscribe link, a preference
 * page), in the caller's transaction. The history keeps who and where, as for any other change.
 */
export async function recordConsentChange(
  tx: Db,
  workspaceId: string,
  change: { contactId: string; channel: ConsentChannel; status: 'subscribed' | 'unsubscribed'; source: 'unsubscribe_link' | 'form'; proofText: string | null; proofIp: string | null },
): Promise<void> {
  await repo.insertConsentEvent(tx, { id: uuidv7(), workspaceId, actorLabel: 'contact', ...change });
}

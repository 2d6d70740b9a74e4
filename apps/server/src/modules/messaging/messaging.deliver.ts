import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { messageEventNames, type RenderedMessage } from '@rapport/contracts';
import { workspaces } from '../../platform/auth/schema.js';
import { idArray, selectRows, withWorkspace, type Database, type Db } from '../../platform/db.js';
import { startWorkerLoop, type WorkerLoop } from '../../platform/worker-loop.js';
import { recordContactEvents } from '../events/index.js';
import type { DeliveryResult } from './channels/channel.js';
import { maxAttempts, retryDelaySeconds } from './messaging.policy.js';
import { prepare, type Claimed, type Outcome, type Ready } from './messaging.prepare.js';
import { smtpConnections } from './messaging.mail.js';
import type { MessagingRuntime, OtherProvider } from './messaging.runtime.js';
import { messageSuppressions } from './messaging.schema.js';
import { findSettings, type StoredSettings } from './messaging.settings.js';

/** Seconds a claim lasts; a worker killed mid-send leaves its sends to be retried after it. */
const leaseSeconds = 60;

type Providers = Map<string, OtherProvider | null>;

/** Claims due sends of one workspace: queued ones, and sending ones whose claim ran out. */
async function claim(database: Database, batch: number): Promise<{ ws: string; sends: Claimed[] } | null> {
  const [next] = await selectRows<{ workspace_id: string }>(
    database.db,
    sql`select workspace_id from message_sends where status in ('queued', 'sending') and due_at <= now() order by due_at limit 1`,
  );
  if (!next) return null;
  const ws = next.workspace_id;
  const sends = await withWorkspace(database.db, ws, (tx) =>
    selectRows<Claimed>(
      tx,
      sql`update message_sends s set status = 'sending', attempts = s.attempts + 1, due_at = now() + make_interval(secs => ${leaseSeconds})
          from (select id from message_sends where workspace_id = ${ws} and status in ('queued', 'sending') and due_at <= now()
                order by due_at limit ${batch} for update skip locked) p
          where s.id = p.id
          returning s.id, s.contact_id, s.channel, s.template_id, s.template_version, s.purpose, s.source_kind, s.source_id, s.variant, s.data, s.attempts`,
    ),
  );
  return { ws, sends: sends.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

const fromOf = (rt: MessagingRuntime, settings: StoredSettings) =>
  settings.sender ? `"${settings.sender.fromName.replace(/["\\]/g, '')}" <${settings.sender.fromAddress}>` : rt.mailer.defaultFrom;

function mailOf(rt: MessagingRuntime, settings: StoredSettings, r: Ready) {
  const email = r.rendered as Extract<RenderedMessage, { channel: 'email' }>;
  return {
    from: fromOf(rt, settings),
    replyTo: settings.sender?.replyTo ?? null,
    to: r.recipient,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: `${r.send.id}@${new URL(rt.links.baseUrl).hostname}`,
    headers: r.headers,
  };
}

/**
 * Sends over the network, a few at a time; never inside a transaction. `record` writes a send
 * down as sent and says whether this pass still held it: SMTP mail calls it before the message's
 * end-of-data and goes no further without it; other channels call it once the provider took the
 * message.
 */
async function deliverAll(
  rt: MessagingRuntime,
  settings: StoredSettings,
  providers: Providers,
  ready: Ready[],
  recordSent: (r: Ready, providerMessageId: string | null) => Promise<boolean>,
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = new Array(ready.length);
  let next = 0;
  const one = async () => {
    for (let i = next++; i < ready.length; i = next++) {
      const r = ready[i]!;
      try {
        if (r.rendered.channel === 'email') {
          const mail = mailOf(rt, settings, r);
          results[i] = await rt.mailer.deliver(mail, () => recordSent(r, `<${mail.messageId}>`));
          continue;
        }
        const provider = providers.get(r.rendered.channel);
        results[i] = provider
          ? await (provider.send as (d: object) => Promise<DeliveryResult>)({ idempotencyKey: r.send.id, to: r.recipient, message: r.rendered })
          : { ok: false, retryable: false, error: 'channel_not_configured' };
      } catch (e) {
        results[i] = { ok: false, retryable: true, error: (e as Error).message.slice(0, 300) };
      }
      const res = results[i]!;
      if (res.ok) await recordSent(r, res.providerMessageId);
    }
  };
  await Promise.all(Array.from({ length: Math.min(smtpConnections, ready.length) }, one));
  return results;
}

const subjectOf = (r: RenderedMessage) => (r.channel === 'email' ? r.subject : r.channel === 'sms' ? r.text.slice(0, 100) : null);

/**
 * The sends this pass still holds, locked until it commits. A claim that ran out (a pass slower
 * than the lease) may have been taken by another worker, whose attempt number is higher.
 */
async function stillHeld(tx: Db, ws: string, sends: Claimed[]): Promise<Set<string>> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select s.id from message_sends s join unnest(${idArray(sends.map((x) => x.id), 'uuid')}, ${idArray(sends.map((x) => x.attempts), 'bigint')}) as c(id, attempts)
          on s.id = c.id and s.attempts = c.attempts
        where s.workspace_id = ${ws} and s.status = 'sending' order by s.id for update of s`,
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes every outcome of a pass, with the delivered ones' events, in one transaction, and
 * returns the sends it wrote.
 */
async function record(tx: Db, ws: string, sends: Claimed[], outcomes: Outcome[]): Promise<Set<string>> {
  if (!outcomes.length) return new Set();
  const attemptsOf = new Map(sends.map((s) => [s.id, s.attempts]));
  const json = JSON.stringify(
    outcomes.map((o) => ({
      id: o.id,
      attempts: attemptsOf.get(o.id),
      status: o.kind === 'skip' ? 'skipped' : o.kind === 'defer' ? 'queued' : o.kind,
      reason: 'reason' in o ? o.reason : null,
      due_at: o.kind === 'defer' ? o.until.toISOString() : null,
      uncount: o.kind === 'defer' && o.uncount,
      recipient: o.kind === 'sent' ? o.recipient : null,
      subject: o.kind === 'sent' ? o.subject : null,
      provider_message_id: o.kind === 'sent' ? o.providerMessageId : null,
    })),
  );
  // Only rows this pass still holds, at its attempt: a claim that ran out and was taken by
  // another worker is that worker's to record. A 'sent' one is mail this pass handed over that
  // the SMTP server then refused.
  const updated = await selectRows<{ id: string }>(
    tx,
    sql`
    update message_sends s set status = o.status, reason = o.reason,
      due_at = coalesce(o.due_at, s.due_at), attempts = s.attempts - (case when o.uncount then 1 else 0 end),
      recipient = coalesce(o.recipient, s.recipient), subject = coalesce(o.subject, s.subject),
      provider_message_id = o.provider_message_id, sent_at = case when o.status = 'sent' then now() end
    from jsonb_to_recordset(${json}::jsonb) as o(id uuid, attempts int, status text, reason text, due_at timestamptz, uncount boolean, recipient text, subject text, provider_message_id text)
    where s.workspace_id = ${ws} and s.id = o.id and s.status in ('sending', 'sent') and s.attempts = o.attempts
    returning s.id`,
  );
  const written = new Set(updated.map((r) => r.id));
  const byId = new Map(sends.map((s) => [s.id, s]));
  await recordContactEvents(
    tx,
    ws,
    outcomes
      .filter((o) => o.kind === 'sent' && written.has(o.id))
      .map((o) => {
        const s = byId.get(o.id)!;
        return {
          messageId: `rapport-send:${s.id}:delivered`,
          contactId: s.contact_id,
          name: messageEventNames.received,
          properties: engagementProperties({ id: s.id, channel: s.channel, sourceKind: s.source_kind, sourceId: s.source_id, templateId: s.template_id, variant: s.variant }),
          timestamp: new Date(),
        };
      }),
  );
  return written;
}

/** What every engagement event of a send carries, so segments can ask "clicked campaign X". */
export function engagementProperties(s: EngagedSend) {
  return {
    channel: s.channel,
    message_id: s.id,
    template_id: s.templateId,
    ...(s.sourceKind === 'campaign' ? { campaign_id: s.sourceId } : {}),
    ...(s.sourceKind === 'journey' ? { journey_id: s.sourceId } : {}),
    ...(s.variant ? { variant: s.variant } : {}),
  };
}

/** What an engagement event needs of its send (a `message_sends` row has it all). */
interface EngagedSend {
  id: string;
  workspaceId?: string;
  contactId?: string;
  channel: string;
  sourceKind: string;
  sourceId: string | null;
  templateId: string;
  variant: string | null;
}

/**
 * Records one engagement with a send (opened, clicked, bounced…) in the event store, in the
 * caller's transaction; `key` makes it once per send and kind.
 */
export async function recordEngagement(tx: Db, s: EngagedSend & { workspaceId: string; contactId: string }, name: string, key: string, extra: Record<string, unknown> = {}): Promise<void> {
  await recordContactEvents(tx, s.workspaceId, [
    { messageId: `rapport-send:${s.id}:${key}`, contactId: s.contactId, name, properties: { ...engagementProperties(s), ...extra }, timestamp: new Date() },
  ]);
}

/**
 * One pass over due sends of a workspace. Outbox mail is written in the transaction that marks
 * its send sent, so it is there exactly once. SMTP mail is written down as sent before its
 * end-of-data goes out, so a crash leaves either an unfinished message, which the server drops
 * and the next claim sends again, or a recorded one. Other channels go out after the claim
 * commits, and their results are written after: a crash in between leaves the send claimed, and
 * it is tried again when the claim runs out, with the same idempotency key, which the providers
 * that support one use to drop the repeat.
 */
export async function deliverDue(database: Database, rt: MessagingRuntime, batch = 200, log?: FastifyBaseLogger): Promise<number> {
  const claimed = await claim(database, batch);
  if (!claimed?.sends.length) return 0;
  const { ws, sends } = claimed;
  const settings = await withWorkspace(database.db, ws, (tx) => findSettings(tx, ws));
  // The workspaces table is outside the tenant role's reach: read as the owner.
  const [workspace] = await database.db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ws));
  const { outcomes, ready } = await withWorkspace(database.db, ws, (tx) =>
    prepare(tx, rt, ws, workspace?.name ?? '', sends, settings),
  );
  const kept = ready.filter((r) => r.rendered.channel === 'email' && rt.mailer.usesOutbox);
  const wired = ready.filter((r) => !(r.rendered.channel === 'email' && rt.mailer.usesOutbox));
  const channels = [...new Set(wired.map((r) => r.rendered.channel))].filter((c) => c !== 'email');
  const providers: Providers = new Map(
    await withWorkspace(database.db, ws, (tx) => Promise.all(channels.map(async (c) => [c, await rt.providerFor(tx, ws, c, settings)] as const))),
  );
  // Each delivery is written down the moment it succeeds (SMTP mail: just before its end), in
  // its own short transaction: a crash then repeats no message a provider has taken.
  const recorded = new Set<string>();
  const results = wired.length
    ? await deliverAll(rt, settings, providers, wired, async (r, providerMessageId) => {
        const sent: Outcome = { id: r.send.id, kind: 'sent', recipient: r.recipient, subject: subjectOf(r.rendered), providerMessageId };
        const written = await withWorkspace(database.db, ws, (tx) => record(tx, ws, sends, [sent]));
        if (written.has(r.send.id)) recorded.add(r.send.id);
        return written.has(r.send.id);
      })
    : [];
  wired.forEach((r, i) => {
    const res = results[i]!;
    if (res.ok) return;
    // Handed over, then the connection was lost before the server answered: it may well have
    // the message, and sending it again could deliver it twice. It stays sent.
    if (recorded.has(r.send.id) && !res.refused) {
      log?.warn({ sendId: r.send.id, error: res.error }, 'the SMTP server did not confirm a message it was handed; kept as sent');
      return;
    }
    if (res.error === 'channel_not_configured') outcomes.push({ id: r.send.id, kind: 'skip', reason: 'channel_not_configured' });
    else if (!res.retryable || r.send.attempts >= maxAttempts) outcomes.push({ id: r.send.id, kind: 'failed', reason: res.error });
    else outcomes.push({ id: r.send.id, kind: 'defer', until: new Date(Date.now() + retryDelaySeconds(r.send.attempts, res.retryAfterSeconds) * 1000), reason: res.error, uncount: false });
  });
  await withWorkspace(database.db, ws, async (tx) => {
    const mine = await stillHeld(tx, ws, sends);
    const keeping = kept.filter((r) => mine.has(r.send.id));
    const ids = await rt.mailer.keep(tx, ws, keeping.map((r) => mailOf(rt, settings, r)), false);
    keeping.forEach((r, i) => outcomes.push({ id: r.send.id, kind: 'sent', recipient: r.recipient, subject: subjectOf(r.rendered), providerMessageId: ids[i]! }));
    await record(tx, ws, sends, outcomes);
    // A refusal after the hand-over is about the message, not the address.
    await suppressRefused(tx, ws, wired.filter((r) => !recorded.has(r.send.id)), outcomes);
  });
  return sends.length;
}

/**
 * An address the receiving server refused as nonexistent (550–553 at SMTP time) is a hard
 * bounce there and then: it is suppressed like one reported later.
 */
async function suppressRefused(tx: Db, ws: string, wired: Ready[], outcomes: Outcome[]) {
  const refused = new Map(outcomes.flatMap((o) => (o.kind === 'failed' && /^SMTP 55[0-3]\b/.test(o.reason) ? [[o.id, o.reason]] : [])));
  const rows = wired.filter((r) => r.rendered.channel === 'email' && refused.has(r.send.id));
  if (!rows.length) return;
  await tx
    .insert(messageSuppressions)
    .values(rows.map((r) => ({ workspaceId: ws, channel: 'email' as const, address: r.recipient, reason: 'hard_bounce' as const, detail: refused.get(r.send.id)!.slice(0, 300), sendId: r.send.id })))
    .onConflictDoNothing();
}

/**
 * Sends queued messages as they fall due; more worker processes share the queue through claims.
 * On PostgreSQL two passes run side by side, so one renders while the other writes (1,350
 * against 800 emails/s to the outbox, measured); PGlite has one connection, so one.
 */
export function startSendWorker(database: Database, rt: MessagingRuntime, log: FastifyBaseLogger, idleMs = 1000): WorkerLoop {
  const loops = Array.from({ length: database.kind === 'postgres' ? 2 : 1 }, () =>
    startWorkerLoop({ step: () => deliverDue(database, rt, 200, log), idleMs, log, failure: 'message delivery failed; retrying' }),
  );
  return {
    wake: () => loops.forEach((l) => l.wake()),
    stop: async () => void (await Promise.all(loops.map((l) => l.stop()))),
  };
}

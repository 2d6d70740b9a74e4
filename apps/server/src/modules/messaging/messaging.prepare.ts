import { sql } from 'drizzle-orm';
import type { RenderedMessage } from '@rapport/contracts';
import { idArray, selectRows, textArray, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { currentConsents, findContactsByIds, findContactTraits, toContact } from '../contacts/index.js';
import { findIdentityValues } from '../events/index.js';
import { issueCoupons } from './coupons.js';
import { linksFor, listUnsubscribeHeaders, trackHtml, trackLineMessages, trackText } from './messaging.links.js';
import { planSend, quietUntil, validTimeZone, type Plan } from './messaging.policy.js';
import { renderForSend } from './messaging.render.js';
import type { MessagingRuntime } from './messaging.runtime.js';
import type { StoredSettings } from './messaging.settings.js';
import { findTemplateVersions, variantFor } from './messaging.templates.js';

/**
 * The first half of a send pass: what each claimed send's contact allows (skip, delay or go),
 * and the message rendered and tracked for those that go. Reads only, but for the coupons of
 * those that go, issued (idempotently) before they are rendered.
 */

/** A claimed send, as the claim returns it. */
export interface Claimed {
  id: string;
  contact_id: string;
  channel: 'email' | 'sms' | 'line' | 'webhook';
  template_id: string;
  template_version: number;
  purpose: 'marketing' | 'transactional';
  source_kind: string;
  source_id: string | null;
  variant: string | null;
  data: Record<string, unknown>;
  attempts: number;
}

/** What became of one send in this pass, to be written down. */
export type Outcome =
  | { id: string; kind: 'skip'; reason: string }
  | { id: string; kind: 'defer'; until: Date; reason: string; uncount: boolean }
  | { id: string; kind: 'sent'; recipient: string; subject: string | null; providerMessageId: string | null }
  | { id: string; kind: 'failed'; reason: string };

export interface Ready {
  send: Claimed;
  recipient: string;
  rendered: RenderedMessage;
  headers: Record<string, string>;
}

/**
 * Issues the coupon a send asks for (`data.couponPoolId`), keyed by the send so a retry gets the
 * same code, and keeps it in the send's data. Only for sends that will go: a skipped contact must
 * not use up a code. Returns the reason when the pool has none left.
 */
async function issueCouponFor(tx: Db, ws: string, s: Claimed): Promise<string | null> {
  const poolId = s.data.couponPoolId;
  if (typeof poolId !== 'string' || s.data.coupon) return null;
  try {
    const coupon = (await issueCoupons(tx, ws, [{ poolId, contactId: s.contact_id, issueKey: s.id }])).get(s.id)!;
    await tx.execute(sql`update message_sends set data = data || ${JSON.stringify({ coupon })}::jsonb where workspace_id = ${ws} and id = ${s.id}`);
    s.data = { ...s.data, coupon };
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return `coupon_unavailable: ${e.message}`;
  }
}

/** The destinations a text's short links stand for, kept with the send for the redirect. */
async function keepLinks(tx: Db, ws: string, s: Claimed, links: string[]): Promise<void> {
  await tx.execute(sql`update message_sends set data = data || ${JSON.stringify({ links })}::jsonb where workspace_id = ${ws} and id = ${s.id}`);
  s.data = { ...s.data, links };
}

/** Marketing sends of these contacts counted against the cap, before this batch. */
async function recentMarketing(tx: Db, ws: string, contactIds: string[], days: number): Promise<Map<string, number>> {
  const rows = await selectRows<{ contact_id: string; n: number }>(
    tx,
    sql`select contact_id, count(*)::int as n from message_sends
        where workspace_id = ${ws} and contact_id = any(${idArray(contactIds, 'uuid')}) and purpose = 'marketing'
          and status = 'sent' and sent_at > now() - make_interval(days => ${days})
        group by contact_id`,
  );
  return new Map(rows.map((r) => [r.contact_id, r.n]));
}

async function suppressedAddresses(tx: Db, ws: string, pairs: { channel: string; address: string }[]): Promise<Set<string>> {
  if (!pairs.length) return new Set();
  const rows = await selectRows<{ channel: string; address: string }>(
    tx,
    sql`select channel, address from message_suppressions where workspace_id = ${ws}
        and (channel, address) in (select * from unnest(${textArray(pairs.map((p) => p.channel))}, ${textArray(pairs.map((p) => p.address))}))`,
  );
  return new Set(rows.map((r) => `${r.channel}:${r.address}`));
}

const utmMedium = { email: 'email', sms: 'sms', line: 'line', webhook: 'webhook' } as const;

/**
 * Decides and renders each claimed send: skips and delays are outcomes at once, the rest come
 * back ready to deliver. Reads only; the caller writes.
 */
export async function prepare(tx: Db, rt: MessagingRuntime, ws: string, workspaceName: string, sends: Claimed[], settings: StoredSettings): Promise<{ outcomes: Outcome[]; ready: Ready[] }> {
  const contactIds = [...new Set(sends.map((s) => s.contact_id))];
  const [contacts, traits, consents, lineIds, templates, counts] = await Promise.all([
    findContactsByIds(tx, ws, contactIds),
    findContactTraits(tx, ws, contactIds),
    currentConsents(tx, ws, contactIds),
    sends.some((s) => s.channel === 'line') ? findIdentityValues(tx, ws, contactIds, 'line') : Promise.resolve(new Map<string, string[]>()),
    findTemplateVersions(tx, ws, sends.map((s) => ({ templateId: s.template_id, version: s.template_version }))),
    settings.frequencyCap ? recentMarketing(tx, ws, contactIds, settings.frequencyCap.days) : Promise.resolve(new Map<string, number>()),
  ]);
  const byId = new Map(contacts.filter((c) => !c.deletedAt && !c.mergedInto).map((c) => [c.id, c]));
  const recipientOf = (s: Claimed): string | null => {
    const c = byId.get(s.contact_id);
    if (!c) return null;
    if (s.channel === 'email') return c.email?.toLowerCase() ?? null;
    if (s.channel === 'sms') return c.phone ?? null;
    if (s.channel === 'line') return lineIds.get(c.id)?.[0] ?? null;
    return 'webhook';
  };
  const suppressed = await suppressedAddresses(
    tx,
    ws,
    sends.flatMap((s) => {
      const r = recipientOf(s);
      return r && s.channel !== 'webhook' ? [{ channel: s.channel, address: r }] : [];
    }),
  );
  const outcomes: Outcome[] = [];
  const ready: Ready[] = [];
  const now = new Date();
  for (const s of sends) {
    const contact = byId.get(s.contact_id);
    const recipient = recipientOf(s);
    const template = templates.get(`${s.template_id}:${s.template_version}`);
    const plan: Plan = !template
      ? { kind: 'skip', reason: 'template_gone' }
      : planSend(
          {
            channel: s.channel,
            purpose: s.purpose,
            contactAlive: Boolean(contact),
            recipient,
            consent: consents.get(s.contact_id)?.get(s.channel) ?? 'unknown',
            suppressed: recipient ? suppressed.has(`${s.channel}:${recipient}`) : false,
            recentMarketing: counts.get(s.contact_id) ?? 0,
            quietUntil: quietUntil(now, validTimeZone(contact?.timezone) ?? settings.timeZone, settings.quietHours),
          },
          settings.frequencyCap,
        );
    if (plan.kind === 'skip') {
      outcomes.push({ id: s.id, kind: 'skip', reason: plan.detail ? `${plan.reason}: ${plan.detail}` : plan.reason });
      continue;
    }
    if (plan.kind === 'defer') {
      outcomes.push({ id: s.id, kind: 'defer', until: plan.until, reason: plan.reason, uncount: true });
      continue;
    }
    const noCoupon = await issueCouponFor(tx, ws, s);
    if (noCoupon) {
      outcomes.push({ id: s.id, kind: 'skip', reason: noCoupon });
      continue;
    }
    if (s.purpose === 'marketing') counts.set(s.contact_id, (counts.get(s.contact_id) ?? 0) + 1);
    const links = linksFor(rt.links, s.id);
    try {
      const content = variantFor(template!.content, template!.localized, contact!.locale);
      const rendered = await renderForSend(content, {
        contact: { ...toContact(contact!), traits: traits.get(s.contact_id) },
        event: (s.data.event as Record<string, unknown> | undefined) ?? {},
        coupon: s.data.coupon as Record<string, unknown> | undefined,
        workspace: { name: workspaceName },
        unsubscribe_url: links.unsubscribeUrl,
        preferences_url: links.preferencesUrl,
        confirm_url: s.data.optIn ? links.confirmUrl : undefined,
      });
      const headers: Record<string, string> = {};
      const utm = { source: 'rapport', medium: utmMedium[s.channel], campaign: s.source_id ? `${s.source_kind}-${s.source_id}` : template!.name, content: s.variant };
      if (rendered.channel === 'email') {
        rendered.html = trackHtml(rendered.html, rt.links, s.id, utm);
        if (s.purpose === 'marketing') Object.assign(headers, listUnsubscribeHeaders(links));
      } else if (rendered.channel === 'sms' || rendered.channel === 'line') {
        const tracked: string[] = [];
        if (rendered.channel === 'sms') rendered.text = trackText(rendered.text, rt.links, s.id, utm, tracked);
        else rendered.messages = trackLineMessages(rendered.messages, rt.links, s.id, utm, tracked);
        // Kept before the message goes out; a retry renders the same links in the same order.
        if (tracked.length) await keepLinks(tx, ws, s, tracked);
      }
      ready.push({ send: s, recipient: plan.recipient, rendered, headers });
    } catch (e) {
      const detail = (e as { details?: { errors?: { path: string; message: string }[] } }).details?.errors?.map((x) => `${x.path}: ${x.message}`).join('; ');
      outcomes.push({ id: s.id, kind: 'skip', reason: `render_failed: ${detail ?? (e as Error).message}`.slice(0, 500) });
    }
  }
  return { outcomes, ready };
}

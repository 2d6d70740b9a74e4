import { z } from 'zod';
import type { Campaign, CampaignResults, Journey, MessageSend } from '@rapport/contracts';
import { sendStatuses } from '@rapport/contracts';
import type { Ctx } from '../platform/context.js';
import { isUuid } from '../platform/pagination.js';
import { findContactMatches } from '../modules/contacts/index.js';
import { cancelCampaign, campaignResults, endTest, getCampaign, listCampaigns, listSends, scheduleCampaign, sendMessage } from '../modules/messaging/index.js';
import { enrol, getJourney, journeyStats, listJourneys, publishJourney } from '../modules/journeys/index.js';
import { withWorkspace } from '../platform/db.js';
import { openRuntime, parseFlags, workspaceCtx, type Flags } from './runtime.js';

/**
 * `rapport campaigns|journeys|messages …`: what the web app's Campaigns, Journeys and Messages
 * pages do, for scripts and operators. The commands queue work; a running `rapport start` or
 * `rapport worker` delivers it.
 */

const workspaceFlag = z.string({ message: '--workspace is required' }).trim().min(1);
const idArg = (what: string) => z.string({ message: `Give the ${what} id: …${what}s <action> ID` }).uuid(`not a ${what} id`);
const limitFlag = z.coerce.number().int().min(1).max(200).default(50);

const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
const p = (v: number | null) => (v === null ? '' : ` (p=${v < 0.001 ? '<0.001' : v.toFixed(3)})`);

function campaignLine(c: Campaign): string {
  return [c.id, c.name, c.status, c.audienceSize ?? '', c.launchAt ?? '', c.winner ? `winner ${c.winner}` : ''].join('\t').trimEnd();
}

function resultLines(r: CampaignResults): string[] {
  const lines = r.variants.map(
    (v) =>
      `${v.variant}: ${v.recipients} recipients, ${v.sent} sent, ${v.queued} queued, ${v.skipped} skipped, ${v.failed} failed; ` +
      `opened ${v.opened} ${pct(v.openRate)}${p(v.pValues.open)}, clicked ${v.clicked} ${pct(v.clickRate)}${p(v.pValues.click)}, ` +
      `converted ${v.converted} ${pct(v.conversionRate)}${p(v.pValues.conversion)}, revenue ${v.revenue}, unsubscribed ${v.unsubscribed}, bounced ${v.bounced}`,
  );
  if (r.winner) lines.push(`Winner: ${r.winner}`);
  const h = r.holdout;
  if (h) lines.push(`Holdout: ${h.buyers} of ${h.contacts} bought ${pct(h.buyerRate)}; messaged: ${h.treatedBuyers} of ${h.treatedContacts} ${pct(h.treatedBuyerRate)}${p(h.pValue)}`);
  return lines;
}

async function runCampaigns(ctx: Ctx, action: string | undefined, id: unknown, flags: Flags): Promise<void> {
  if (action === 'list') {
    const f = parseFlags(z.object({ limit: limitFlag }), { limit: flags.limit });
    const page = await listCampaigns(ctx, { limit: f.limit, cursor: undefined });
    if (!page.data.length) console.log('No campaigns yet.');
    for (const c of page.data) console.log(campaignLine(c));
    return;
  }
  const campaignId = parseFlags(z.object({ id: idArg('campaign') }), { id: id as string }).id;
  if (action === 'send') console.log(campaignLine(await scheduleCampaign(ctx, campaignId, () => {})));
  else if (action === 'cancel') console.log(campaignLine(await cancelCampaign(ctx, campaignId)));
  else if (action === 'end-test') {
    const f = parseFlags(z.object({ winner: z.string().trim().toUpperCase().optional() }), { winner: flags.winner });
    console.log(campaignLine(await endTest(ctx, campaignId, { winner: f.winner }, () => {})));
  }
  else if (action === 'results') {
    console.log(campaignLine(await getCampaign(ctx, campaignId)));
    resultLines(await campaignResults(ctx, campaignId)).forEach((l) => console.log(l));
  } else throw new Error('Say what to do: rapport campaigns list|send|cancel|results|end-test [ID] [--winner V] --workspace NAME');
}

function journeyLine(j: Journey, entered?: number, active?: number, conversionRate?: number | null): string {
  const stats = entered === undefined ? '' : `${entered} entered, ${active} active, converted ${pct(conversionRate ?? null)}`;
  return [j.id, j.name, j.status, `v${j.version}`, stats].join('\t').trimEnd();
}

/** A contact by id or email. */
async function contactIdOf(ctx: Ctx, ref: string): Promise<string> {
  if (isUuid(ref)) return ref;
  const [found] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) => findContactMatches(tx, ctx.workspaceId, { emails: [ref.trim().toLowerCase()], phones: [], externalIds: [] }));
  if (!found) throw new Error(`No contact with the email "${ref}"`);
  return found.id;
}

async function runJourneys(ctx: Ctx, action: string | undefined, id: unknown, flags: Flags): Promise<void> {
  if (action === 'list') {
    const f = parseFlags(z.object({ limit: limitFlag }), { limit: flags.limit });
    const page = await listJourneys(ctx, { limit: f.limit, cursor: undefined });
    if (!page.data.length) console.log('No journeys yet.');
    for (const j of page.data) {
      const s = j.status === 'draft' ? undefined : await journeyStats(ctx, j.id, { steps: 'false' });
      console.log(journeyLine(j, s?.entered, s?.active, s?.conversionRate));
    }
    return;
  }
  const journeyId = parseFlags(z.object({ id: idArg('journey') }), { id: id as string }).id;
  if (action === 'publish') console.log(journeyLine(await publishJourney(ctx, journeyId)));
  else if (action === 'enrol') {
    const f = parseFlags(z.object({ contacts: z.string({ message: '--contacts is required: ids or emails, comma-separated' }).min(1) }), { contacts: flags.contacts });
    const refs = f.contacts.split(',').map((s) => s.trim()).filter(Boolean);
    // An email and an id of the same contact are one contact.
    const ids = [...new Set(await Promise.all(refs.map((r) => contactIdOf(ctx, r))))];
    const result = await enrol(ctx, journeyId, { contactIds: ids });
    for (const r of result.results) console.log(`${r.contactId}\t${r.status}${r.runId ? `\t${r.runId}` : ''}`);
    console.log(`${result.enrolled} of ${ids.length} enrolled in ${(await getJourney(ctx, journeyId)).name}.`);
  } else throw new Error('Say what to do: rapport journeys list|publish|enrol [ID] --workspace NAME');
}

const sendLine = (s: MessageSend) => [s.id, s.channel, s.status, s.recipient ?? '', s.subject ?? '', s.reason ?? ''].join('\t').trimEnd();

async function runMessages(ctx: Ctx, action: string | undefined, flags: Flags): Promise<void> {
  if (action === 'list') {
    const f = parseFlags(z.object({ limit: limitFlag, status: z.enum(sendStatuses).optional(), contact: z.string().optional() }), {
      limit: flags.limit,
      status: flags.status,
      contact: flags.contact,
    });
    const contactId = f.contact ? await contactIdOf(ctx, f.contact) : undefined;
    const page = await listSends(ctx, { limit: f.limit, cursor: undefined, status: f.status, contactId });
    if (!page.data.length) console.log('No messages.');
    for (const s of page.data) console.log(sendLine(s));
    return;
  }
  if (action !== 'send') throw new Error('Say what to do: rapport messages list|send --workspace NAME');
  const f = parseFlags(
    z.object({
      template: idArg('template'),
      contact: z.string({ message: '--contact is required: an id or an email' }).min(1),
      key: z.string({ message: '--key is required: the same key is the same message, so a rerun sends nothing twice' }).min(1),
      transactional: z.boolean().optional(),
    }),
    { template: flags.template, contact: flags.contact, key: flags.key, transactional: flags.transactional },
  );
  const sent = await sendMessage(ctx, {
    contactId: await contactIdOf(ctx, f.contact),
    templateId: f.template,
    idempotencyKey: f.key,
    purpose: f.transactional ? 'transactional' : 'marketing',
  });
  console.log(`${sendLine(sent)}${sent.duplicate ? '\t(already queued with this key)' : ''}`);
}

/** Runs `rapport <area> <action> [ID] --workspace NAME`. */
export async function runMessagingCommand(area: 'campaigns' | 'journeys' | 'messages', positionals: string[], flags: Record<string, unknown>): Promise<void> {
  const workspace = parseFlags(z.object({ workspace: workspaceFlag }), { workspace: flags.workspace as string | undefined }).workspace;
  const rt = await openRuntime();
  try {
    const ctx = await workspaceCtx(rt, workspace, `rapport ${area}`);
    const [action, id] = positionals;
    if (area === 'campaigns') await runCampaigns(ctx, action, id, flags as Flags);
    else if (area === 'journeys') await runJourneys(ctx, action, id, flags as Flags);
    else await runMessages(ctx, action, flags as Flags);
  } finally {
    await rt.database.close();
  }
}

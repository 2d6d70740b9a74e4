import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { messageEventNames, type ConsentChannel } from '@rapport/contracts';
import { withWorkspace, type Database } from '../../platform/db.js';
import { currentConsents, findContactsByIds, recordConsentChange } from '../contacts/index.js';
import { recordEngagement } from './messaging.deliver.js';
import { readSendToken, readShortClick, verifyClick, type LinkSigners } from './messaging.links.js';
import { messageSends } from './messaging.schema.js';

type SendRow = typeof messageSends.$inferSelect;

/**
 * The send a public link names. Links carry no workspace, so the lookup runs as the owner, by
 * primary key; everything after it runs scoped to the send's workspace.
 */
async function findSend(database: Database, id: string): Promise<SendRow | null> {
  const [row] = await database.db.select().from(messageSends).where(eq(messageSends.id, id));
  return row ?? null;
}

/** An open pixel was fetched: the first open is recorded (mail clients fetch it again on every view). */
export async function recordOpen(database: Database, links: LinkSigners, token: string): Promise<void> {
  const id = readSendToken(links.open, token);
  const s = id ? await findSend(database, id) : null;
  if (!s || s.openedAt) return;
  await withWorkspace(database.db, s.workspaceId, async (tx) => {
    await tx
      .update(messageSends)
      .set({ openedAt: sql`coalesce(${messageSends.openedAt}, now())` })
      .where(and(eq(messageSends.workspaceId, s.workspaceId), eq(messageSends.id, s.id)));
    await recordEngagement(tx, s, messageEventNames.opened, 'opened');
  });
}

/**
 * A tracked link was followed. Returns where to send the reader, or null when the signature does
 * not cover this destination (a tampered link must not become an open redirect). The first click
 * on each destination is an event; a click also counts as an open, since images may be blocked.
 */
export async function recordClick(database: Database, links: LinkSigners, sendId: string, signature: string, destination: string): Promise<string | null> {
  if (!/^https?:\/\//i.test(destination) || !verifyClick(links, sendId, signature, destination)) return null;
  const s = await findSend(database, sendId);
  if (!s) return destination;
  await recordClickOf(database, s, destination);
  return destination;
}

/** A short link of a text was followed: where it leads, kept with its send, or null for a bad link. */
export async function recordShortClick(database: Database, links: LinkSigners, token: string): Promise<string | null> {
  const named = readShortClick(links, token);
  const s = named ? await findSend(database, named.sendId) : null;
  const kept = (s?.data as { links?: unknown } | undefined)?.links;
  const url = Array.isArray(kept) ? kept[named!.index] : undefined;
  if (!s || typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  await recordClickOf(database, s, url);
  return url;
}

async function recordClickOf(database: Database, s: SendRow, destination: string): Promise<void> {
  const urlKey = createHash('sha256').update(destination).digest('hex').slice(0, 16);
  await withWorkspace(database.db, s.workspaceId, async (tx) => {
    await tx
      .update(messageSends)
      .set({ clickedAt: sql`coalesce(${messageSends.clickedAt}, now())`, openedAt: sql`coalesce(${messageSends.openedAt}, now())` })
      .where(and(eq(messageSends.workspaceId, s.workspaceId), eq(messageSends.id, s.id)));
    if (!s.openedAt) await recordEngagement(tx, s, messageEventNames.opened, 'opened');
    await recordEngagement(tx, s, messageEventNames.clicked, `click:${urlKey}`, { url: destination });
  });
}

const personalChannels: ConsentChannel[] = ['email', 'sms', 'line'];

/** What the preference page shows: the contact's current consent for each channel it can receive. */
export interface Preferences {
  workspaceId: string;
  contactId: string;
  locale: string | null;
  channels: { channel: ConsentChannel; subscribed: boolean }[];
}

export async function findPreferences(database: Database, links: LinkSigners, token: string): Promise<(Preferences & { send: SendRow }) | null> {
  const id = readSendToken(links.unsubscribe, token);
  const s = id ? await findSend(database, id) : null;
  if (!s) return null;
  return withWorkspace(database.db, s.workspaceId, async (tx) => {
    const consents = (await currentConsents(tx, s.workspaceId, [s.contactId])).get(s.contactId);
    const [c] = await findContactsByIds(tx, s.workspaceId, [s.contactId]);
    return {
      send: s,
      workspaceId: s.workspaceId,
      contactId: s.contactId,
      locale: c?.locale ?? null,
      channels: personalChannels.map((channel) => ({ channel, subscribed: consents?.get(channel) === 'subscribed' })),
    };
  });
}

/**
 * Sets the contact's consent per channel as the preference page or an unsubscribe asked, at once.
 * Only changes are recorded; withdrawing marks the send that carried the link and records an
 * Unsubscribed event for segments. Returns the preferences as they now stand, or null for a bad
 * link.
 */
export async function savePreferences(
  database: Database,
  links: LinkSigners,
  token: string,
  wanted: Partial<Record<ConsentChannel, boolean>>,
  proof: { ip: string | null; via: 'one_click' | 'link' | 'preference_page' },
): Promise<(Preferences & { send: SendRow }) | null> {
  const prefs = await findPreferences(database, links, token);
  return prefs && applyPreferences(database, prefs, wanted, proof);
}

async function applyPreferences(
  database: Database,
  prefs: Preferences & { send: SendRow },
  wanted: Partial<Record<ConsentChannel, boolean>>,
  proof: { ip: string | null; via: 'one_click' | 'link' | 'preference_page' },
): Promise<Preferences & { send: SendRow }> {
  const s = prefs.send;
  await withWorkspace(database.db, s.workspaceId, async (tx) => {
    for (const { channel, subscribed } of prefs.channels) {
      const want = wanted[channel];
      if (want === undefined || want === subscribed) continue;
      await recordConsentChange(tx, s.workspaceId, {
        contactId: s.contactId,
        channel,
        status: want ? 'subscribed' : 'unsubscribed',
        source: want ? 'form' : 'unsubscribe_link',
        proofText: `${proof.via === 'one_click' ? 'One-click unsubscribe (RFC 8058)' : proof.via === 'link' ? 'Unsubscribe link' : 'Preference page'} of message ${s.id}`,
        proofIp: proof.ip,
      });
      if (!want) {
        await tx
          .update(messageSends)
          .set({ unsubscribedAt: sql`coalesce(${messageSends.unsubscribedAt}, now())` })
          .where(and(eq(messageSends.workspaceId, s.workspaceId), eq(messageSends.id, s.id)));
        await recordEngagement(tx, s, messageEventNames.unsubscribed, `unsubscribed:${channel}`, { unsubscribed_channel: channel });
      }
    }
  });
  return { ...prefs, channels: prefs.channels.map((c) => ({ ...c, subscribed: wanted[c.channel] ?? c.subscribed })) };
}

/** Unsubscribes the contact from the channel of the message that carried the link. */
export async function unsubscribe(database: Database, links: LinkSigners, token: string, proof: { ip: string | null; via: 'one_click' | 'link' }): Promise<Preferences | null> {
  const prefs = await findPreferences(database, links, token);
  const channel = prefs?.send.channel;
  return prefs && channel && channel !== 'webhook' ? applyPreferences(database, prefs, { [channel]: false }, proof) : null;
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ContactTraits } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import { contactTraits } from './contacts.schema.js';

/** What the event processor learned of a contact from one chunk of its events. */
export interface SeenTraits {
  contactId: string;
  firstSeenAt: string;
  lastSeenAt: string;
  /** The campaign of the contact's earliest event in the chunk that had one. */
  source: string | null;
  medium: string | null;
  campaign: string | null;
  /** Products viewed in the chunk, newest first. */
  viewed: { sku: string; name: string | null; at: string }[];
}

const lastViewedKept = 10;

/**
 * Folds a chunk's sightings into the contacts' traits: first seen only moves earlier, last seen
 * only later; the acquisition channel is set once, from the first campaign seen (a backfilled
 * earlier visit may still set it, since it came first).
 */
export async function recordSeen(tx: Db, workspaceId: string, sightings: SeenTraits[]): Promise<void> {
  if (!sightings.length) return;
  // One row per contact: an insert may not touch the same row twice.
  const byContact = new Map<string, SeenTraits>();
  for (const s of [...sightings].sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt))) {
    const had = byContact.get(s.contactId);
    if (!had) byContact.set(s.contactId, { ...s, viewed: [...s.viewed] });
    else {
      had.lastSeenAt = had.lastSeenAt > s.lastSeenAt ? had.lastSeenAt : s.lastSeenAt;
      if (!had.source && s.source) Object.assign(had, { source: s.source, medium: s.medium, campaign: s.campaign });
      had.viewed = [...had.viewed, ...s.viewed].sort((a, b) => b.at.localeCompare(a.at)).slice(0, lastViewedKept);
    }
  }
  const seen = [...byContact.values()];
  await tx.execute(sql`
    insert into contact_traits (contact_id, workspace_id, first_seen_at, last_seen_at, acquisition_source, acquisition_medium, acquisition_campaign, last_viewed, updated_at)
    select (s->>'contactId')::uuid, ${workspaceId}, (s->>'firstSeenAt')::timestamptz, (s->>'lastSeenAt')::timestamptz,
           s->>'source', s->>'medium', s->>'campaign', coalesce(s->'viewed', '[]'::jsonb), now()
    from jsonb_array_elements(${JSON.stringify(seen)}::jsonb) s
    on conflict (contact_id) do update set
      first_seen_at = least(contact_traits.first_seen_at, excluded.first_seen_at),
      last_seen_at = greatest(contact_traits.last_seen_at, excluded.last_seen_at),
      acquisition_source = case when contact_traits.acquisition_source is null or excluded.first_seen_at < contact_traits.first_seen_at
        then coalesce(excluded.acquisition_source, contact_traits.acquisition_source) else contact_traits.acquisition_source end,
      acquisition_medium = case when contact_traits.acquisition_source is null or excluded.first_seen_at < contact_traits.first_seen_at
        then coalesce(excluded.acquisition_medium, contact_traits.acquisition_medium) else contact_traits.acquisition_medium end,
      acquisition_campaign = case when contact_traits.acquisition_source is null or excluded.first_seen_at < contact_traits.first_seen_at
        then coalesce(excluded.acquisition_campaign, contact_traits.acquisition_campaign) else contact_traits.acquisition_campaign end,
      last_viewed = (select coalesce(jsonb_agg(v order by v->>'at' desc), '[]'::jsonb) from (
          select v from (
            select distinct on (v->>'sku') v from jsonb_array_elements(excluded.last_viewed || contact_traits.last_viewed) v
            order by v->>'sku', v->>'at' desc) d
          order by v->>'at' desc limit ${lastViewedKept}) newest),
      updated_at = now()
    where contact_traits.workspace_id = ${workspaceId}`);
}

/** Order figures of contacts, computed by the commerce module from their orders. */
export interface OrderTraits {
  contactId: string;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  orderCount: number;
  revenue: number;
  favouriteCategory: string | null;
  orderChannels: string[];
}

export async function recordOrderTraits(tx: Db, workspaceId: string, rows: OrderTraits[]): Promise<void> {
  if (!rows.length) return;
  await tx.execute(sql`
    insert into contact_traits (contact_id, workspace_id, first_order_at, last_order_at, order_count, revenue, favourite_category, order_channels, updated_at)
    select "contactId", ${workspaceId}, "firstOrderAt", "lastOrderAt", "orderCount", "revenue", "favouriteCategory", "orderChannels", now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r("contactId" uuid, "firstOrderAt" timestamptz, "lastOrderAt" timestamptz, "orderCount" int, "revenue" numeric, "favouriteCategory" text, "orderChannels" text[])
    on conflict (contact_id) do update set
      first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at, order_count = excluded.order_count,
      revenue = excluded.revenue, favourite_category = excluded.favourite_category, order_channels = excluded.order_channels, updated_at = now()
    where contact_traits.workspace_id = ${workspaceId}`);
}

/**
 * A merge adds the merged contact's traits to the survivor's: sightings and orders moved with it.
 * (An undo leaves the survivor's sums as they are until its next order or event; see the issue note.)
 */
export async function combineTraits(tx: Db, workspaceId: string, survivorId: string, mergedId: string): Promise<void> {
  await tx.execute(sql`
    insert into contact_traits as t (contact_id, workspace_id, first_seen_at, last_seen_at, first_order_at, last_order_at, order_count, revenue,
      favourite_category, order_channels, last_viewed, acquisition_source, acquisition_medium, acquisition_campaign)
    select ${survivorId}::uuid, ${workspaceId}, first_seen_at, last_seen_at, first_order_at, last_order_at, order_count, revenue,
      favourite_category, order_channels, last_viewed, acquisition_source, acquisition_medium, acquisition_campaign
    from contact_traits where workspace_id = ${workspaceId} and contact_id = ${mergedId}::uuid
    on conflict (contact_id) do update set
      first_seen_at = least(t.first_seen_at, excluded.first_seen_at), last_seen_at = greatest(t.last_seen_at, excluded.last_seen_at),
      first_order_at = least(t.first_order_at, excluded.first_order_at), last_order_at = greatest(t.last_order_at, excluded.last_order_at),
      order_count = t.order_count + excluded.order_count, revenue = t.revenue + excluded.revenue,
      favourite_category = coalesce(t.favourite_category, excluded.favourite_category),
      order_channels = array(select distinct c from unnest(t.order_channels || excluded.order_channels) c order by c),
      acquisition_source = case when excluded.first_seen_at < t.first_seen_at then excluded.acquisition_source else coalesce(t.acquisition_source, excluded.acquisition_source) end,
      acquisition_medium = case when excluded.first_seen_at < t.first_seen_at then excluded.acquisition_medium else coalesce(t.acquisition_medium, excluded.acquisition_medium) end,
      acquisition_campaign = case when excluded.first_seen_at < t.first_seen_at then excluded.acquisition_campaign else coalesce(t.acquisition_campaign, excluded.acquisition_campaign) end,
      updated_at = now()`);
}

const dayMs = 86_400_000;

export async function getContactTraits(ctx: Ctx, contactId: string): Promise<ContactTraits> {
  const [t] = await withWorkspace(ctx.db, ctx.workspaceId, (tx) =>
    tx.select().from(contactTraits).where(and(eq(contactTraits.workspaceId, ctx.workspaceId), eq(contactTraits.contactId, contactId))),
  );
  return toTraits(t);
}

/** The traits of many contacts at once, for work that renders per contact (message sends). */
export async function findContactTraits(tx: Db, workspaceId: string, contactIds: string[]): Promise<Map<string, ContactTraits>> {
  if (!contactIds.length) return new Map();
  const rows = await tx
    .select()
    .from(contactTraits)
    .where(and(eq(contactTraits.workspaceId, workspaceId), inArray(contactTraits.contactId, contactIds)));
  const found = new Map(rows.map((r) => [r.contactId, r]));
  return new Map(contactIds.map((id) => [id, toTraits(found.get(id))]));
}

function toTraits(t: typeof contactTraits.$inferSelect | undefined): ContactTraits {
  const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
  const revenue = Number(t?.revenue ?? 0);
  const orders = t?.orderCount ?? 0;
  return {
    firstSeenAt: iso(t?.firstSeenAt),
    lastSeenAt: iso(t?.lastSeenAt),
    firstOrderAt: iso(t?.firstOrderAt),
    lastOrderAt: iso(t?.lastOrderAt),
    orderCount: orders,
    revenue,
    averageOrderValue: orders > 0 ? Math.round((revenue / orders) * 100) / 100 : null,
    daysSinceLastOrder: t?.lastOrderAt ? Math.floor((Date.now() - t.lastOrderAt.getTime()) / dayMs) : null,
    favouriteCategory: t?.favouriteCategory ?? null,
    lastViewedProducts: t?.lastViewed ?? [],
    acquisition: { source: t?.acquisitionSource ?? null, medium: t?.acquisitionMedium ?? null, campaign: t?.acquisitionCampaign ?? null },
  };
}

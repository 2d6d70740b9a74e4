import { sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { orderChannels, orderStatuses } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import { recordOrderTraits, type OrderTraits } from '../contacts/index.js';

export interface LineWrite {
  /** Unique within the order (its position, or an import row), so writing it again changes nothing. */
  key: string;
  sku: string;
  name: string | null;
  category: string | null;
  quantity: number;
  unitPrice: number;
  discount: number;
}

export interface OrderWrite {
  orderId: string;
  contactId: string | null;
  status: (typeof orderStatuses)[number];
  currency: string | null;
  subtotal?: number | undefined;
  discount: number;
  shipping: number;
  tax: number;
  total?: number | undefined;
  refunded?: number | undefined;
  couponCode: string | null;
  channel: (typeof orderChannels)[number];
  storeId: string | null;
  placedAt: string;
  source: 'api' | 'import' | 'event';
  lines: LineWrite[];
  /** replace: these are the order's lines now (API, events); append: they add to its lines (an import in batches). */
  linesMode: 'replace' | 'append';
}

/**
 * What an order adds to revenue. A refund takes its amount back; a cancelled order adds nothing,
 * and a cancellation note (a negative order, like the "C" invoices of a till) takes its amount back.
 */
export const netRevenueSql = sql.raw(`case when status = 'cancelled' then least(total, 0) else total - refunded end`);

/**
 * Creates or updates orders by their order id, with their lines, then their totals (from the
 * lines unless the sender gave them) and the order traits of their contacts: a few statements
 * for any number of orders. Returns each order's row id and whether it is new.
 */
export async function writeOrders(tx: Db, workspaceId: string, items: OrderWrite[]): Promise<{ orders: { id: string; orderId: string; isNew: boolean }[]; newLines: Set<string> }> {
  if (!items.length) return { orders: [], newLines: new Set() };
  const rows = items.map((o) => ({
    id: uuidv7(),
    order_id: o.orderId,
    contact_id: o.contactId,
    status: o.status,
    currency: o.currency,
    subtotal: o.subtotal ?? 0,
    discount: o.discount,
    shipping: o.shipping,
    tax: o.tax,
    total: o.total ?? 0,
    // A refunded order without an amount was refunded whole.
    refunded: o.refunded ?? (o.status === 'refunded' ? (o.total ?? null) : 0),
    has_explicit_totals: o.total !== undefined,
    coupon_code: o.couponCode,
    channel: o.channel,
    store_id: o.storeId,
    source: o.source,
    placed_at: o.placedAt,
  }));
  const written = await selectRows<{ id: string; order_id: string; is_new: boolean }>(
    tx,
    sql`insert into orders (id, workspace_id, order_id, contact_id, status, currency, subtotal, discount, shipping, tax, total, refunded,
          has_explicit_totals, coupon_code, channel, store_id, source, placed_at)
        select id, ${workspaceId}, order_id, contact_id, status, currency, subtotal, discount, shipping, tax, total, coalesce(refunded, total),
          has_explicit_totals, coupon_code, channel, store_id, source, placed_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, order_id text, contact_id uuid, status text, currency text,
          subtotal numeric, discount numeric, shipping numeric, tax numeric, total numeric, refunded numeric, has_explicit_totals boolean,
          coupon_code text, channel text, store_id text, source text, placed_at timestamptz)
        on conflict (workspace_id, order_id) do update set
          contact_id = coalesce(excluded.contact_id, orders.contact_id), status = excluded.status,
          currency = coalesce(excluded.currency, orders.currency), subtotal = excluded.subtotal, discount = excluded.discount,
          shipping = excluded.shipping, tax = excluded.tax, total = excluded.total, refunded = excluded.refunded,
          has_explicit_totals = excluded.has_explicit_totals, coupon_code = coalesce(excluded.coupon_code, orders.coupon_code),
          channel = excluded.channel, store_id = coalesce(excluded.store_id, orders.store_id),
          placed_at = least(orders.placed_at, excluded.placed_at), updated_at = now()
        returning id::text, order_id, (xmax = 0) as is_new`,
  );
  const pkOf = new Map(written.map((w) => [w.order_id, w.id]));
  const replaced = items.filter((o) => o.linesMode === 'replace').map((o) => pkOf.get(o.orderId)!);
  if (replaced.length) {
    await tx.execute(sql`delete from order_lines where workspace_id = ${workspaceId} and order_pk = any(${idArray(replaced, 'uuid')})`);
  }
  const lines = items.flatMap((o) =>
    o.lines.map((l) => ({
      id: uuidv7(),
      order_pk: pkOf.get(o.orderId),
      line_key: l.key,
      sku: l.sku,
      name: l.name,
      category: l.category,
      quantity: l.quantity,
      unit_price: l.unitPrice,
      discount: l.discount,
      total: Math.round((l.quantity * l.unitPrice - l.discount) * 10000) / 10000,
    })),
  );
  const newLines = new Set<string>();
  if (lines.length) {
    const inserted = await selectRows<{ line_key: string }>(
      tx,
      sql`
      insert into order_lines (id, workspace_id, order_pk, line_key, sku, name, category, quantity, unit_price, discount, total)
      select id, ${workspaceId}, order_pk, line_key, sku, name, category, quantity, unit_price, discount, total
      from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) as r(id uuid, order_pk uuid, line_key text, sku text, name text, category text,
        quantity numeric, unit_price numeric, discount numeric, total numeric)
      on conflict (order_pk, line_key) do nothing
      returning line_key`,
    );
    for (const r of inserted) newLines.add(r.line_key);
  }
  const ids = idArray(written.map((w) => w.id), 'uuid');
  await tx.execute(sql`
    update orders o set subtotal = s.sum, total = s.sum - o.discount + o.shipping + o.tax,
      refunded = case when o.status = 'refunded' and o.refunded = o.total then s.sum - o.discount + o.shipping + o.tax else o.refunded end
    from (select order_pk, sum(total) as sum from order_lines where workspace_id = ${workspaceId} and order_pk = any(${ids}) group by order_pk) s
    where o.workspace_id = ${workspaceId} and o.id = s.order_pk and not o.has_explicit_totals`);
  await refreshOrderTraits(tx, workspaceId, [...new Set(items.map((o) => o.contactId).filter((c): c is string => Boolean(c)))]);
  return { orders: written.map((w) => ({ id: w.id, orderId: w.order_id, isNew: w.is_new })), newLines };
}

/** Recomputes the order traits of these contacts from their orders. */
export async function refreshOrderTraits(tx: Db, workspaceId: string, contactIds: string[]): Promise<void> {
  if (!contactIds.length) return;
  const rows = await selectRows<OrderTraits>(
    tx,
    sql`select o.contact_id as "contactId",
          min(o.placed_at) filter (where o.status <> 'cancelled') as "firstOrderAt",
          max(o.placed_at) filter (where o.status <> 'cancelled') as "lastOrderAt",
          (count(*) filter (where o.status <> 'cancelled'))::int as "orderCount",
          coalesce(sum(${netRevenueSql}), 0)::float8 as "revenue",
          (select l.category from order_lines l join orders o2 on o2.id = l.order_pk
            where o2.workspace_id = ${workspaceId} and o2.contact_id = o.contact_id and o2.status <> 'cancelled' and l.category is not null
              and l.workspace_id = ${workspaceId}
            group by l.category order by sum(l.quantity) desc, l.category limit 1) as "favouriteCategory",
          coalesce(array_agg(distinct o.channel order by o.channel) filter (where o.status <> 'cancelled'), '{}') as "orderChannels"
        from orders o
        where o.workspace_id = ${workspaceId} and o.contact_id = any(${idArray(contactIds, 'uuid')})
        group by o.contact_id`,
  );
  await recordOrderTraits(tx, workspaceId, rows);
}

/** Changes the status of existing orders (refunds and cancellations from events); unknown order ids are skipped. */
export async function markOrders(tx: Db, workspaceId: string, marks: { orderId: string; status: 'cancelled' | 'refunded'; refunded?: number | undefined }[]) {
  if (!marks.length) return;
  const rows = await selectRows<{ contact_id: string | null }>(
    tx,
    sql`update orders o set status = m.status, updated_at = now(),
          refunded = case when m.status = 'refunded' then least(o.total, coalesce(m.refunded, o.total)) else o.refunded end
        from jsonb_to_recordset(${JSON.stringify(marks)}::jsonb) as m("orderId" text, status text, refunded numeric)
        where o.workspace_id = ${workspaceId} and o.order_id = m."orderId"
        returning o.contact_id::text`,
  );
  await refreshOrderTraits(tx, workspaceId, [...new Set(rows.map((r) => r.contact_id).filter((c): c is string => Boolean(c)))]);
}

/** What messaging needs of an order to credit it to a message and redeem its coupon. */
export interface OrderFacts {
  id: string;
  contactId: string | null;
  placedAt: Date;
  /** Net of refunds; 0 for a cancelled order. */
  revenue: number;
  couponCode: string | null;
  isCancelled: boolean;
  currency: string | null;
}

export async function findOrderFacts(tx: Db, workspaceId: string, ids: string[]): Promise<OrderFacts[]> {
  if (!ids.length) return [];
  const rows = await selectRows<{ id: string; contact_id: string | null; placed_at: string; revenue: number; coupon_code: string | null; status: string; currency: string | null }>(
    tx,
    sql`select id, contact_id, placed_at, (${netRevenueSql})::float8 as revenue, coupon_code, status, currency
        from orders where workspace_id = ${workspaceId} and id = any(${idArray(ids, 'uuid')})`,
  );
  return rows.map((r) => ({
    id: r.id,
    contactId: r.contact_id,
    placedAt: new Date(r.placed_at),
    revenue: Number(r.revenue),
    couponCode: r.coupon_code,
    isCancelled: r.status === 'cancelled' || r.status === 'refunded',
    currency: r.currency,
  }));
}

/**
 * Per group of contacts, how many placed an order (not cancelled) since a moment: a campaign's
 * treated contacts against its holdout. `groups` selects (contact_id, grp).
 */
export async function countBuyersSince(tx: Db, workspaceId: string, groups: SQL, since: Date): Promise<Map<string, { contacts: number; buyers: number }>> {
  const rows = await selectRows<{ grp: string; contacts: number; buyers: number }>(
    tx,
    sql`with g as (${groups})
        select g.grp, count(*)::int as contacts,
          count(*) filter (where exists (select 1 from orders o where o.workspace_id = ${workspaceId} and o.contact_id = g.contact_id
            and o.placed_at >= ${since.toISOString()}::timestamptz and o.status not in ('cancelled', 'refunded')))::int as buyers
        from g group by g.grp`,
  );
  return new Map(rows.map((r) => [r.grp, { contacts: r.contacts, buyers: r.buyers }]));
}

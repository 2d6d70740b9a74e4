/**
 * A synthetic shop for benchmarks, generated inside the database (generate_series), so millions of
 * rows take minutes rather than hours: contacts, a year of tracked events and two years of
 * orders, with the skew of real shops — a few contacts do most of the browsing and buying (index
 * i is drawn as ⌊n·u³⌋ for events and ⌊n·u²⌋ for orders, u uniform), most events are product
 * views, and activity leans towards the recent past. Events and orders are written oldest first, as
 * tracking and shops store them: the tables' physical order follows time, as window scans expect.
 *
 * Contact ids are md5(workspace, index) as uuids, so events and orders find their contact without
 * a lookup table. Derived tables (traits, catalogue) are filled as the processor would.
 */
import type { Database } from '../../apps/server/src/platform/db.js';

export interface Shape {
  contacts: number;
  events: number;
  orders: number;
}

const categories = ['Tea', 'Coffee', 'Ware', 'Snacks', 'Gifts', 'Kitchen', 'Beauty', 'Books', 'Toys', 'Garden', 'Sports', 'Fashion'];
const cities = ['Taipei', 'New Taipei', 'Taichung', 'Tainan', 'Kaohsiung', 'Hsinchu', 'Taoyuan', 'Keelung', 'Chiayi', 'Yilan'];

const contactId = (ws: string, index: string) => `md5('${ws}' || ${index})::uuid`;

async function step(label: string, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Fills the workspace; runs as the owner, outside tenant transactions, as a restore would. */
export async function generateShop(db: Database, ws: string, shape: Shape): Promise<void> {
  const q = (text: string) => db.query(text);
  const cats = `array[${categories.map((c) => `'${c}'`).join(',')}]`;
  const cityList = `array[${cities.map((c) => `'${c}'`).join(',')}]`;
  const batch = 1_000_000;
  console.log(`generating ${shape.contacts.toLocaleString()} contacts, ${shape.events.toLocaleString()} events, ${shape.orders.toLocaleString()} orders`);
  await step('contacts', () =>
    q(`insert into contacts (id, workspace_id, first_name, last_name, email, phone, address_city, birthday, tags, lifecycle_stage, external_id, created_at, updated_at)
       select ${contactId(ws, 'i')}, '${ws}', 'First' || i, 'Last' || (i % 997), 'c' || i || '@bench.example', '+8869' || lpad((i % 100000000)::text, 8, '0'),
              (${cityList})[1 + i % ${cities.length}], date '1960-01-01' + (i * 7919 % 18000)::int,
              case when i % 20 = 0 then array['vip'] when i % 7 = 0 then array['newsletter'] else '{}'::text[] end,
              case when i % 3 = 0 then 'customer' else 'lead' end, 'u' || i,
              now() - make_interval(days => (i * 31 % 730)::int), now()
       from generate_series(0::bigint, ${shape.contacts - 1}) i`),
  );
  await step('events', async () => {
    for (let from = 0; from < shape.events; from += batch) {
      const to = Math.min(shape.events, from + batch) - 1;
      await q(`insert into events (workspace_id, message_id, type, name, user_id, properties, context, timestamp, received_at, contact_id)
        select '${ws}', 'g-' || i, 'track', name, null, props, '{}'::jsonb, ts, ts, ${contactId(ws, 'ci')}
        from (
          select i, floor(${shape.contacts} * power(random(), 3))::bigint as ci,
                 now() - make_interval(secs => 31536000 * power(1 - (i + random()) / ${shape.events}, 1.5)) as ts, r, sku
          from (select i, random() as r, (random() * 2000)::int as sku from generate_series(${from}::bigint, ${to}) i) g
        ) x cross join lateral (
          select case when r < 0.50 then 'Product Viewed' when r < 0.62 then 'Product Added' when r < 0.68 then 'Checkout Started'
                      when r < 0.72 then 'Order Completed' when r < 0.77 then 'Products Searched' when r < 0.79 then 'Signed Up'
                      when r < 0.91 then 'Message Opened' else 'Message Clicked' end as name
        ) n cross join lateral (
          select case when n.name like 'Message%' then jsonb_build_object('channel', 'email', 'campaign_id', 'camp-' || (sku % 40))
                      else jsonb_build_object('product_id', 'P-' || sku / 4, 'sku', 'SKU-' || sku, 'category', (${cats})[1 + sku % ${categories.length}], 'price', 100 + sku * 3) end as props
        ) p order by ts`);
    }
  });
  await step('event catalogue', () =>
    q(`insert into event_catalog (workspace_id, type, name, count, first_seen_at, last_seen_at)
       select workspace_id, type, name, count(*), min(timestamp), max(timestamp) from events where workspace_id = '${ws}' group by 1, 2, 3
       on conflict (workspace_id, type, name) do update set count = excluded.count`),
  );
  // The property keys the builder offers for each event, as the processor records them.
  await step('event property keys', () =>
    q(`insert into event_property_keys (workspace_id, type, name, key, count, last_seen_at)
       select workspace_id, type, name, k, count(*), max(timestamp) from events, jsonb_object_keys(properties) k where workspace_id = '${ws}' group by 1, 2, 3, 4
       on conflict (workspace_id, type, name, key) do update set count = excluded.count`),
  );
  await step('orders', async () => {
    for (let from = 0; from < shape.orders; from += batch) {
      const to = Math.min(shape.orders, from + batch) - 1;
      await q(`insert into orders (id, workspace_id, order_id, contact_id, status, currency, subtotal, discount, total, refunded, coupon_code, channel, store_id, source, placed_at)
        select md5('${ws}o' || i)::uuid, '${ws}', 'O-' || i, ${contactId(ws, 'ci')},
               case when r < 0.04 then 'cancelled' when r < 0.07 then 'refunded' else 'paid' end, 'TWD', amount, 0, amount,
               case when r >= 0.04 and r < 0.07 then amount else 0 end, case when r > 0.9 then 'SAVE' || (i % 5) end,
               case when r > 0.8 then 'store' else 'online' end, case when r > 0.8 then 'S-' || (i % 12) end, 'bench',
               now() - make_interval(secs => 63072000 * power(1 - (i + random()) / ${shape.orders}, 1.3))
        from (select i, floor(${shape.contacts} * power(random(), 2))::bigint as ci, random() as r, round((200 + 3000 * power(random(), 3))::numeric, 0) as amount
              from generate_series(${from}::bigint, ${to}) i) g order by 15`);
      await q(`insert into order_lines (id, workspace_id, order_pk, line_key, sku, name, category, quantity, unit_price, total)
        select md5('${ws}l' || i)::uuid, '${ws}', md5('${ws}o' || i)::uuid, '1', 'SKU-' || (i * 7 % 2000), 'Product ' || (i * 7 % 2000),
               (${cats})[1 + (i * 7 % 2000) % ${categories.length}], 1, o.total, o.total
        from generate_series(${from}::bigint, ${to}) i join orders o on o.id = md5('${ws}o' || i)::uuid`);
    }
  });
  await step('traits', () =>
    q(`insert into contact_traits (contact_id, workspace_id, first_seen_at, last_seen_at, first_order_at, last_order_at, order_count, revenue, order_channels, updated_at)
       select c.id, '${ws}', e.first_seen, e.last_seen, o.first_order, o.last_order, coalesce(o.n, 0), coalesce(o.revenue, 0), coalesce(o.channels, '{}'), now()
       from contacts c
       left join (select contact_id, min(timestamp) as first_seen, max(timestamp) as last_seen from events where workspace_id = '${ws}' group by 1) e on e.contact_id = c.id
       left join (select contact_id, min(placed_at) filter (where status <> 'cancelled') as first_order, max(placed_at) filter (where status <> 'cancelled') as last_order,
                         count(*) filter (where status <> 'cancelled') as n, sum(case when status = 'cancelled' then least(total, 0) else total - refunded end) as revenue,
                         array_agg(distinct channel order by channel) filter (where status <> 'cancelled') as channels
                  from orders where workspace_id = '${ws}' group by 1) o on o.contact_id = c.id
       where c.workspace_id = '${ws}' and (e.contact_id is not null or o.contact_id is not null)`),
  );
  // The generator's writes queued every contact; the benchmark measures recomputes on its own.
  await q(`delete from segment_dirty where workspace_id = '${ws}'`);
  // As autovacuum would leave them in time: statistics, and the visibility map index-only scans need.
  await step('vacuum analyze', () => q('vacuum analyze'));
}

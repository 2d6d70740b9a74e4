import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentGroupSchema, segmentTemplateCategories, segmentTemplateLanguages, segmentTemplates, type Contact, type SegmentPreview, type Source } from '@rapport/contracts';
import { ago, trackAs as track } from '../../test/tracking.js';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

/**
 * The ready-made segment templates: every one compiles and runs as it stands, in a fresh workspace
 * that has received no events (so only well-known event names pass), and a handful give exactly
 * the contacts they promise on a small shop built through the API.
 */
let h: Harness;
let fresh: Session;
let shop: Session;
const ids: Record<string, string> = {};
const nameOf = new Map<string, string>();

const month = new Date().toISOString().slice(5, 7);
const otherMonth = String((Number(month) % 12) + 1).padStart(2, '0');

const byId = new Map(segmentTemplates.map((t) => [t.id, t]));
const templateOf = (id: string) => {
  const t = byId.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

async function contact(name: string, extra: Record<string, unknown> = {}) {
  const res = await call(h, shop.headers, 'POST', '/api/v1/contacts', { firstName: name, email: `${name.toLowerCase()}@shop.example`, externalId: `u-${name}`, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  ids[name] = res.json<Contact>().id;
  nameOf.set(ids[name]!, name);
}


async function order(who: string, orderId: string, daysAgo: number, price: number, extra: Record<string, unknown> = {}) {
  const res = await call(h, shop.headers, 'POST', '/api/v1/orders', {
    orderId,
    contact: { id: ids[who] },
    status: 'paid',
    currency: 'TWD',
    placedAt: ago(daysAgo),
    lines: [{ sku: `SKU-${orderId}`, name: 'Oolong tea', category: 'Tea', quantity: 1, unitPrice: price }],
    ...extra,
  });
  expect([200, 201], res.body).toContain(res.statusCode);
}

async function preview(as: Session, id: string): Promise<SegmentPreview> {
  const res = await call(h, as.headers, 'POST', '/api/v1/segments/preview', { definition: templateOf(id).definition });
  expect(res.statusCode, `${id}: ${res.body}`).toBe(200);
  return res.json<SegmentPreview>();
}

async function members(id: string): Promise<string[]> {
  const p = await preview(shop, id);
  expect(p.sample.length).toBe(Math.min(p.count, 20));
  return p.sample.map((s) => nameOf.get(s.id) ?? s.id).sort();
}

beforeAll(async () => {
  h = await startHarness();
  fresh = await newWorkspace(h, 'Fresh shop');
  shop = await newWorkspace(h, 'Template shop');

  await contact('Ann', { birthday: `1990-${month}-15` });
  await contact('Ben', { birthday: `1988-${otherMonth}-02` });
  await contact('Cal');
  await contact('Dee', { birthday: `1980-${month}-01` });
  await contact('Eli');
  await contact('Fay');
  await contact('Gus');
  await contact('Hal');
  await contact('Ivy');

  const source = (await call(h, shop.headers, 'POST', '/api/v1/sources', { name: 'Web' })).json<Source>();
  const email = { channel: 'email', campaign_id: 'autumn' };
  const batch = [
    // Members who signed up: Ann and Eli never bought (Eli's only order was cancelled).
    track('Ann', 'Signed Up', 10),
    track('Ben', 'Signed Up', 20),
    track('Cal', 'Signed Up', 200),
    track('Eli', 'Signed Up', 5),
    // Carts: Fay started checkout two days ago and left. Gus paid an hour after starting checkout.
    // Hal is still paying (30 minutes ago), Ivy left hers ten days ago, Ben's cart is 20 days old.
    track('Ben', 'Product Added', 20, { sku: 'TEA-1' }),
    track('Fay', 'Product Added', 2, { sku: 'TEA-1' }, 0.5),
    track('Fay', 'Checkout Started', 2, { value: 900 }),
    track('Gus', 'Product Added', 3, { sku: 'TEA-1' }, 0.5),
    track('Gus', 'Checkout Started', 3, { value: 450 }),
    track('Gus', 'Order Completed', 3, { order_id: 'G-1', total: 450 }, -1),
    track('Hal', 'Product Added', 0, { sku: 'TEA-1' }, 1),
    track('Hal', 'Checkout Started', 0, { value: 450 }, 0.5),
    track('Ivy', 'Checkout Started', 10, { value: 450 }),
    // Messages: Ann and Ivy opened and never clicked; Fay opened and clicked; Gus opened too long
    // ago; Hal clicked (from a preview pane) without an open.
    track('Ann', 'Message Opened', 2, email),
    track('Ivy', 'Message Opened', 5, email),
    track('Ivy', 'Message Opened', 4, email),
    track('Fay', 'Message Opened', 5, email),
    track('Fay', 'Message Clicked', 5, email, -0.1),
    track('Gus', 'Message Opened', 40, email),
    track('Hal', 'Message Clicked', 2, email),
  ];
  const res = await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', { batch });
  expect(res.statusCode, res.body).toBe(200);
  await h.processEvents();

  // Ben's first and only order is recent (F2); Cal's only order is old; Dee has two.
  await order('Ben', 'B-1', 20, 900);
  await order('Cal', 'C-1', 100, 1200);
  await order('Dee', 'D-1', 40, 600);
  await order('Dee', 'D-2', 10, 800);
  await order('Eli', 'E-1', 3, 500, { status: 'cancelled' });
});
afterAll(() => h.close());

describe('segment templates', () => {
  it('are many, with unique kebab-case ids, text in every language, and definitions that parse', () => {
    expect(segmentTemplates.length).toBeGreaterThanOrEqual(50);
    expect(new Set(segmentTemplates.map((t) => t.id)).size).toBe(segmentTemplates.length);
    for (const t of segmentTemplates) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(segmentTemplateCategories).toContain(t.category);
      for (const lang of segmentTemplateLanguages) {
        expect(t.names[lang]?.trim(), `${t.id} name ${lang}`).toBeTruthy();
        expect(t.descriptions[lang]?.trim(), `${t.id} description ${lang}`).toBeTruthy();
      }
      const parsed = segmentGroupSchema.safeParse(t.definition);
      expect(parsed.success, `${t.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      // Stored as given: no defaults the schema would have to fill in.
      expect(parsed.data).toEqual(t.definition);
    }
    // Every category has something in it, and names differ within each language.
    for (const c of segmentTemplateCategories) expect(segmentTemplates.some((t) => t.category === c), c).toBe(true);
    for (const lang of segmentTemplateLanguages) expect(new Set(segmentTemplates.map((t) => t.names[lang])).size, lang).toBe(segmentTemplates.length);
  });

  it('each compiles and runs in a fresh workspace that has received no events', async () => {
    for (const t of segmentTemplates) expect((await preview(fresh, t.id)).count, t.id).toBe(0);
  });

  it('each runs on a workspace with contacts, events and orders', async () => {
    for (const t of segmentTemplates) await preview(shop, t.id);
  });

  it('registered but never purchased: signed up, and no order that counts', async () => {
    expect(await members('registered-never-purchased')).toEqual(['Ann', 'Eli']);
  });

  it('first purchase awaiting a second (F2): one order, placed in the last 60 days', async () => {
    expect(await members('f2-awaiting-second')).toEqual(['Ben', 'Gus']);
    expect(await members('one-time-buyers')).toEqual(['Ben', 'Cal', 'Gus']);
    expect(await members('repeat-buyers')).toEqual(['Dee']);
  });

  it('cart abandoned in the last 7 days: not while still paying, not when paid, not when older', async () => {
    expect(await members('cart-abandoned-7d')).toEqual(['Fay']);
  });

  it('birthday this month', async () => {
    expect(await members('birthday-this-month')).toEqual(['Ann', 'Dee']);
    expect(await members('birthday-this-month-customers')).toEqual(['Dee']);
  });

  it('opened but never clicked in 30 days', async () => {
    expect(await members('opened-never-clicked-30d')).toEqual(['Ann', 'Ivy']);
  });
});

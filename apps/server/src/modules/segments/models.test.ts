import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultNasldSettings, defaultRfmRules, type NasldReport, type RfmReport, type SegmentPreview, type TimelineEntry, type Page, type Contact } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';
import { importOnlineRetail, onlineRetailFile, onlineRetailPrefix } from '../../test/online-retail.js';
import { recomputeModelsOf } from './models.service.js';

/**
 * RFM and NASLD on the Online Retail orders, checked customer by customer against a reference
 * computed here from the CSV alone, with none of the server's code: its own grouping of invoices,
 * its own quintiles, medians and state rules, as the issue words them.
 */
const prefixRows = process.env.DATABASE_URL ? Infinity : 60_000;
let h: Harness;
let ws: Session;

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Online Retail models');
});
afterAll(() => h.close());

/** Milliseconds since the epoch of a London wall-clock time ("2010-12-01 08:26:00"), honouring BST. */
const londonCache = new Map<string, number>();
function londonToUtc(local: string): number {
  const known = londonCache.get(local);
  if (known !== undefined) return known;
  const asUtc = Date.parse(`${local.replace(' ', 'T')}Z`);
  const offsetName = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(asUtc))
    .find((p) => p.type === 'timeZoneName')!.value;
  const hours = offsetName === 'GMT' ? 0 : Number(offsetName.slice(3));
  londonCache.set(local, asUtc - hours * 3_600_000);
  return asUtc - hours * 3_600_000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** ⌈5k/n⌉ where k counts the values at or below each one. */
function quintiles(values: Map<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const atOrBelow = (v: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return new Map([...values].map(([k, v]) => [k, Math.ceil((5 * atOrBelow(v)) / sorted.length - 1e-12)]));
}

interface Customer {
  invoices: Map<string, number>;
  revenue: number;
}

function reference(rows: Record<string, string>[], asOf: number) {
  const customers = new Map<string, Customer>();
  for (const r of rows) {
    if (!r.CustomerID) continue;
    const c = customers.get(r.CustomerID) ?? { invoices: new Map(), revenue: 0 };
    c.revenue += Math.round(Number(r.Quantity) * Number(r.UnitPrice) * 10000);
    if (!r.InvoiceNo!.startsWith('C')) c.invoices.set(r.InvoiceNo!, londonToUtc(r.InvoiceDate!));
    customers.set(r.CustomerID, c);
  }
  const buyers = [...customers].filter(([, c]) => c.invoices.size > 0);
  const r = quintiles(new Map(buyers.map(([id, c]) => [id, [...c.invoices.values()].reduce((a, b) => Math.max(a, b))])));
  const f = quintiles(new Map(buyers.map(([id, c]) => [id, c.invoices.size])));
  const m = quintiles(new Map(buyers.map(([id, c]) => [id, c.revenue])));
  const rfm = new Map(
    buyers.map(([id]) => {
      const [rs, fs] = [r.get(id)!, f.get(id)!];
      const group = defaultRfmRules.find((g) => rs >= g.r[0] && rs <= g.r[1] && fs >= g.f[0] && fs <= g.f[1])!.group;
      return [id, { r: rs, f: fs, m: m.get(id)!, group }];
    }),
  );

  const day = (ms: number) => Math.floor(ms / 86_400_000);
  const purchaseDays = new Map([...customers].map(([id, c]) => [id, [...new Set([...c.invoices.values()].filter((t) => t <= asOf).map(day))].sort((a, b) => a - b)]));
  const cycles = new Map<string, number>();
  for (const [id, days] of purchaseDays) if (days.length >= 2) cycles.set(id, median(days.slice(1).map((d, i) => d - days[i]!)));
  const s = defaultNasldSettings;
  const workspaceCycle = cycles.size ? median([...cycles.values()]) : s.defaultCycleDays;
  const nasld = new Map(
    [...purchaseDays].map(([id, days]) => {
      if (!days.length) return [id, 'prospect'];
      const c = cycles.get(id) ?? workspaceCycle;
      const t = day(asOf) - days[days.length - 1]!;
      if (t > s.deepDormantAfterDays || t > s.lostMultiplier * c) return [id, 'D'];
      if (days.length === 1 && t <= Math.max(c, s.newWithinDays)) return [id, 'N'];
      if (days.length >= 2 && t <= c) return [id, 'A'];
      if (t <= s.sleepyMultiplier * c) return [id, 'S'];
      return [id, 'L'];
    }),
  );
  return { rfm, nasld, workspaceCycle };
}

describe.runIf(Boolean(onlineRetailFile))('RFM and NASLD on the Online Retail orders', () => {
  it('match a reference computed independently from the file, customer by customer', async () => {
    const data = onlineRetailPrefix(prefixRows);
    const imported = await importOnlineRetail(h, ws.workspaceId, data);
    expect(imported.status, imported.error ?? '').toBe('completed');
    const rows = parse(data, { columns: true }) as Record<string, string>[];
    // The day after the last invoice, as a shop would see it the next morning.
    const asOf = rows.reduce((latest, r) => Math.max(latest, londonToUtc(r.InvoiceDate!)), 0) + 86_400_000;
    const expected = reference(rows, asOf);

    const result = await recomputeModelsOf(h.database.db, ws.workspaceId, new Date(asOf));
    expect(result.rfm.scored).toBe(expected.rfm.size);

    const { rows: actual } = await h.database.query<{ external_id: string; rfm_r: number | null; rfm_f: number | null; rfm_m: number | null; rfm_group: string | null; nasld_state: string }>(
      `select c.external_id, m.rfm_r, m.rfm_f, m.rfm_m, m.rfm_group, m.nasld_state
       from contacts c join contact_models m on m.contact_id = c.id where c.workspace_id = $1 and c.deleted_at is null`,
      [ws.workspaceId],
    );
    expect(actual.length).toBe(expected.nasld.size);
    const wrongRfm = actual.filter((a) => {
      const e = expected.rfm.get(a.external_id);
      return e ? a.rfm_r !== e.r || a.rfm_f !== e.f || a.rfm_m !== e.m || a.rfm_group !== e.group : a.rfm_r !== null;
    });
    expect(wrongRfm.slice(0, 5).map((a) => ({ ...a, expected: expected.rfm.get(a.external_id) }))).toEqual([]);
    const wrongNasld = actual.filter((a) => a.nasld_state !== expected.nasld.get(a.external_id));
    expect(wrongNasld.slice(0, 5).map((a) => ({ ...a, expected: expected.nasld.get(a.external_id) }))).toEqual([]);
    // Every state and most groups occur, so the comparison exercised each rule.
    expect(new Set(actual.map((a) => a.nasld_state)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(actual.map((a) => a.rfm_group)).size).toBeGreaterThanOrEqual(Number.isFinite(prefixRows) ? 5 : 8);

    const report = (await call(h, ws.headers, 'GET', '/api/v1/models/rfm')).json<RfmReport>();
    expect(report.scored).toBe(expected.rfm.size);
    expect(report.cells.reduce((n, c) => n + c.contacts, 0)).toBe(expected.rfm.size);
    const champions = [...expected.rfm.values()].filter((v) => v.group === 'champions').length;
    expect(report.groups.find((g) => g.group === 'champions')?.contacts ?? 0).toBe(champions);
    // A cell of the grid opens as a segment: its people are those the model scored so.
    const cell = report.cells[report.cells.length - 1]!;
    const preview = await call(h, ws.headers, 'POST', '/api/v1/segments/preview', {
      definition: { type: 'group', combinator: 'and', children: [{ type: 'model', field: 'rfm.r', op: 'eq', value: cell.r }, { type: 'model', field: 'rfm.f', op: 'eq', value: cell.f }] },
    });
    expect(preview.json<SegmentPreview>().count).toBe(cell.contacts);
  }, 900_000);

  it('keeps the state history, announces transitions, and draws the distribution', async () => {
    const { rows: latest } = await h.database.query<{ at: Date }>(`select max(placed_at) as at from orders where workspace_id = $1`, [ws.workspaceId]);
    const later = new Date(new Date(latest[0]!.at).getTime() + 200 * 86_400_000);
    const result = await recomputeModelsOf(h.database.db, ws.workspaceId, later);
    // Past the deep-dormant cap, every buyer is D, whatever their cycle.
    expect(result.nasld.changed).toBeGreaterThan(0);
    const { rows: moves } = await h.database.query<{ from_state: string; to_state: string; n: number }>(
      `select from_state, to_state, count(*)::int as n from nasld_history where workspace_id = $1 and from_state is not null group by 1, 2`,
      [ws.workspaceId],
    );
    expect(moves.some((m) => m.from_state === 'A')).toBe(true);
    expect(moves.every((m) => m.to_state !== 'N' && m.to_state !== 'A')).toBe(true);
    const { rows: events } = await h.database.query<{ n: number }>(`select count(*)::int as n from domain_events where workspace_id = $1 and kind = 'nasld.changed'`, [ws.workspaceId]);
    expect(events[0]!.n).toBe(result.nasld.changed);

    const report = (await call(h, ws.headers, 'GET', '/api/v1/models/nasld')).json<NasldReport>();
    expect(report.states.map((s) => s.state)).toContain('D');
    expect(report.states.every((s) => s.state === 'D' || s.state === 'prospect')).toBe(true);
    expect(report.history.length).toBeGreaterThan(0);
    expect(report.transitions.reduce((n, t) => n + t.contacts, 0)).toBe(result.nasld.changed);
    // The change is on the contact's timeline.
    const { rows: changed } = await h.database.query<{ contact_id: string }>(
      `select contact_id from nasld_history where workspace_id = $1 and from_state = 'A' limit 1`,
      [ws.workspaceId],
    );
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${changed[0]!.contact_id}/timeline?kinds=model`)).json<Page<TimelineEntry>>().data;
    expect(tl[0]?.data).toMatchObject({ model: 'nasld', from: 'A' });
  }, 300_000);
});

describe('lifecycle rules', () => {
  it('set stages from orders and NASLD, validated like segments, and leave unmatched contacts alone', async () => {
    const s = await newWorkspace(h, 'Lifecycle shop');
    const bad = await call(h, s.headers, 'PATCH', '/api/v1/models/settings', {
      lifecycle: { enabled: true, rules: [{ stage: 'nope', definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'lifecycleStage', op: 'is_set' }] } }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['lifecycle.rules.0.stage', 'lifecycle.rules.0.definition']);

    const orders = (n: number) => ({ type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'gte', value: n });
    const ok = await call(h, s.headers, 'PATCH', '/api/v1/models/settings', {
      lifecycle: {
        enabled: true,
        rules: [
          { stage: 'churned', definition: { type: 'group', combinator: 'and', children: [{ type: 'model', field: 'nasld.state', op: 'eq', value: 'D' }] } },
          { stage: 'customer', definition: { type: 'group', combinator: 'and', children: [orders(1)] } },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const make = async (name: string) => (await call(h, s.headers, 'POST', '/api/v1/contacts', { firstName: name, lifecycleStage: 'lead' })).json<Contact>().id;
    const [buyer, lapsed, lead] = [await make('Buyer'), await make('Lapsed'), await make('Lead')];
    await call(h, s.headers, 'POST', '/api/v1/orders', { orderId: 'L-1', contact: { id: buyer }, total: 100, placedAt: new Date().toISOString() });
    await call(h, s.headers, 'POST', '/api/v1/orders', { orderId: 'L-2', contact: { id: lapsed }, total: 100, placedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() });
    // The order queued the buyer; the worker applies the rules at once.
    await h.processSegments();
    const stage = async (id: string) => (await call(h, s.headers, 'GET', `/api/v1/contacts/${id}`)).json<Contact>().lifecycleStage;
    expect([await stage(buyer), await stage(lapsed), await stage(lead)]).toEqual(['customer', 'customer', 'lead']);
    // NASLD runs nightly (or now, on demand) and the lapsed buyer churns.
    expect((await call(h, s.headers, 'POST', '/api/v1/models/recompute')).statusCode).toBe(200);
    expect([await stage(buyer), await stage(lapsed), await stage(lead)]).toEqual(['customer', 'churned', 'lead']);
    const tl = (await call(h, s.headers, 'GET', `/api/v1/contacts/${lapsed}/timeline?kinds=model`)).json<Page<TimelineEntry>>().data;
    expect(tl.map((e) => e.data)).toContainEqual(expect.objectContaining({ model: 'lifecycle', from: 'customer', to: 'churned' }));
  });
});

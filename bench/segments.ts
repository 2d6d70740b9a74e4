/**
 * Segmentation figures on a generated shop (bench/lib/generate.ts):
 *   - preview latency of every ready-made template (p50, p95, the slowest);
 *   - full recompute of all segments (the templates saved as segments);
 *   - RFM and NASLD recompute;
 *   - incremental membership latency while 2,000 events/s are tracked: probe events that make a
 *     contact enter a segment, timed from the acknowledgement to the membership row.
 *
 * Run: npm run bench -- segments [contacts] [events] [orders] [ingestSeconds]
 *   PGlite in memory by default (100,000 contacts, 2M events, 200k orders); with
 *   DATABASE_URL=postgres://…/rapport_segments on PostgreSQL (defaults 1M, 20M, 2M; the database
 *   must exist and be empty or disposable). SEGMENTS_BENCH_REUSE=1 measures again on the shop an
 *   earlier run generated there, without generating it anew; SEGMENTS_BENCH_ONLY=preview stops
 *   after the previews, SEGMENTS_BENCH_ONLY=incremental skips to the live-membership figures, on
 *   the segments an earlier run computed if it left them. BENCH_LOG=warn shows the workers' failures,
 *   BENCH_TRACE=1 each template's preview and the queues each second.
 *   Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { segmentTemplates, type SegmentGroup } from '@rapport/contracts';
import { startEventProcessor } from '../apps/server/src/modules/events/index.js';
import { commerceEventConsumer } from '../apps/server/src/modules/commerce/index.js';
import { recomputeModelsOf, recomputeWorkspace, startSegmentWorker } from '../apps/server/src/modules/segments/index.js';
import { call, login, newWorkspace, startHarness, writeKeyAuth, type Session } from '../apps/server/src/test/harness.js';
import { generateShop } from './lib/generate.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const [contacts, events, orders] = [2, 3, 4].map((i, k) => Number(process.argv[i] ?? (onPostgres ? [1_000_000, 20_000_000, 2_000_000][k] : [100_000, 2_000_000, 200_000][k]))) as [number, number, number];
const ingestSeconds = Number(process.argv[5] ?? 30);
const log = pino({ level: process.env.BENCH_LOG ?? 'silent' });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms = (n: number) => `${Math.round(n).toLocaleString()} ms`;

const h = await startHarness();
console.log(`segments on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`);
const ws = process.env.SEGMENTS_BENCH_REUSE ? await reuseShop() : await newWorkspace(h, 'Bench shop');
if (!process.env.SEGMENTS_BENCH_REUSE) {
  await generateShop(h.database, ws.workspaceId, { contacts, events, orders });
  // As the nightly job leaves a shop: the model templates preview real RFM and NASLD outputs.
  const started = performance.now();
  await recomputeModelsOf(h.database.db, ws.workspaceId);
  console.log(`  models: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The latest generated shop, signed in as its owner, with the segments of the earlier run removed
 * (kept for an incremental run, which measures with them live).
 */
async function reuseShop(): Promise<Session> {
  const { rows } = await h.database.query<{ workspace_id: string; user_id: string; email: string }>(
    `select w.id as workspace_id, u.id as user_id, u.email from workspaces w join members m on m.workspace_id = w.id join users u on u.id = m.user_id
     where w.name = 'Bench shop' and exists (select 1 from contacts c where c.workspace_id = w.id) order by w.created_at desc limit 1`,
  );
  const found = rows[0];
  if (!found) throw new Error('no generated shop to reuse');
  if (process.env.SEGMENTS_BENCH_ONLY === 'incremental') await h.database.query(`delete from segments where workspace_id = $1 and name = 'Probe'`, [found.workspace_id]);
  else await h.database.query(`delete from segments where workspace_id = $1`, [found.workspace_id]);
  await h.database.query(`delete from sources where workspace_id = $1`, [found.workspace_id]);
  await h.database.query(`delete from segment_dirty where workspace_id = $1`, [found.workspace_id]);
  await h.database.query('vacuum analyze');
  return { userId: found.user_id, email: found.email, workspaceId: found.workspace_id, headers: await login(h, found.email) };
}

/**
 * The event processor and the segment worker. On PostgreSQL they run in a process of their own,
 * as `rapport worker` does in production: in this one they would share a thread with the API
 * taking 2,000 events/s, and measure that contention instead. PGlite has one process.
 */
async function startWorkers(): Promise<{ stop: () => Promise<void> }> {
  if (!onPostgres) {
    const processor = startEventProcessor(h.database, log, [commerceEventConsumer], 50);
    const worker = startSegmentWorker(h.database, log, 100);
    return { stop: async () => void (await Promise.all([processor.stop(), worker.stop()])) };
  }
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./lib/workers.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => (d.toString().includes('workers ready') ? resolve() : process.stdout.write(d)));
    child.once('exit', (code) => reject(new Error(`the workers exited with ${code}`)));
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const only = process.env.SEGMENTS_BENCH_ONLY;
// Preview: each template twice (the first run also warms the cache); the second is reported.
const took: { id: string; ms: number; count: number }[] = [];
for (const t of only === 'incremental' ? [] : segmentTemplates) {
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    const res = await call(h, ws.headers, 'POST', '/api/v1/segments/preview', { definition: t.definition });
    if (res.statusCode !== 200) throw new Error(`${t.id}: ${res.body}`);
    if (run === 1) took.push({ id: t.id, ms: performance.now() - started, count: res.json<{ count: number }>().count });
  }
}
if (took.length) console.log(`preview of ${took.length} templates: p50 ${ms(pct(took.map((t) => t.ms), 50))}, p95 ${ms(pct(took.map((t) => t.ms), 95))}, max ${ms(Math.max(...took.map((t) => t.ms)))}`);
const overOne = took.filter((t) => t.ms > 1000).sort((a, b) => b.ms - a.ms);
if (process.env.BENCH_TRACE) for (const t of took) console.log(`  ${t.id} ${ms(t.ms)} (${t.count.toLocaleString()} members)`);
if (took.length) console.log(`  over 1 s: ${overOne.length ? overOne.map((s) => `${s.id} ${ms(s.ms)} (${s.count.toLocaleString()} members)`).join('; ') : 'none'}`);

if (only === 'preview') {
  await h.close();
  process.exit(0);
}

// The templates as saved segments, computed together as the hourly schedule does.
const { rows: kept } = await h.database.query<{ n: number }>(`select count(*)::int as n from segments where workspace_id = $1`, [ws.workspaceId]);
let recomputed = kept[0]!.n;
if (recomputed) console.log(`reusing the ${recomputed} segments of an earlier run`);
else {
  for (const t of segmentTemplates) {
    await h.database.query(`insert into segments (id, workspace_id, name, kind, definition) values (gen_random_uuid(), $1, $2, 'dynamic', $3::jsonb)`, [
      ws.workspaceId,
      t.names.en,
      JSON.stringify(t.definition),
    ]);
  }
  const started = performance.now();
  recomputed = await recomputeWorkspace(h.database, ws.workspaceId);
  const { rows: sizes } = await h.database.query<{ members: number }>(`select count(*)::int as members from segment_members where workspace_id = $1 and exited_at is null`, [ws.workspaceId]);
  console.log(`full recompute of ${recomputed} segments: ${ms(performance.now() - started)} (${sizes[0]!.members.toLocaleString()} memberships)`);
}
if (only !== 'incremental') {
  const started = performance.now();
  const again = await recomputeWorkspace(h.database, ws.workspaceId);
  console.log(`  again, with memberships in place: ${ms(performance.now() - started)} for ${again} segments`);
  const models = await recomputeModelsOf(h.database.db, ws.workspaceId);
  console.log(`RFM: ${ms(models.rfm.ms)} for ${models.rfm.scored.toLocaleString()} buyers; NASLD: ${ms(models.nasld.ms)} for ${models.nasld.contacts.toLocaleString()} contacts`);
  console.log(`  then lifecycle ${ms(models.lifecycle.ms)}, segments ${ms(models.segments.ms)}`);
}

// Incremental: 2,000 events/s through the tracking API, with the processor and the segment worker
// running; every second one probe contact performs the event a probe segment waits for.
const probe: SegmentGroup = { type: 'group', combinator: 'and', children: [{ type: 'event', event: 'Probe Hit', count: { op: 'gte', value: 1 }, window: { kind: 'last_days', days: 1 } }] };
await h.database.query(`insert into event_catalog (workspace_id, type, name, count, first_seen_at, last_seen_at) values ($1, 'track', 'Probe Hit', 0, now(), now()) on conflict do nothing`, [ws.workspaceId]);
// Looked for by id, through the index: the probe's own query must not load the database it measures.
const probeSegment = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Probe', definition: probe })).json<{ id: string }>();
const source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Bench' })).json<{ writeKey: string }>();
const workers = await startWorkers();
const acked = new Map<string, number>();
let seq = 0;
// Message ids unique to this run: a reused shop remembers earlier runs' ids and drops repeats as duplicates.
const run = Date.now().toString(36);
const latencies: number[] = [];
const batchOf = (probeUser: string | null) => {
  const batch = Array.from({ length: 100 }, () => {
    seq += 1;
    const user = `u${Math.floor(contacts * Math.random() ** 3)}`;
    const sku = seq % 2000;
    // Shaped as the generator's (bench/lib/generate.ts) and Segment's e-commerce spec.
    const properties = { product_id: `P-${Math.floor(sku / 4)}`, sku: `SKU-${sku}`, price: 100 + sku * 3 };
    return { type: 'track', event: 'Product Viewed', userId: user, messageId: `inc-${run}-${seq}`, properties };
  });
  if (probeUser) batch[0] = { type: 'track', event: 'Probe Hit', userId: probeUser, messageId: `probe-${run}-${seq}`, properties: { product_id: 'probe', sku: 'probe', price: 0 } };
  return batch;
};
const ingestStarted = Date.now();
const until = ingestStarted + ingestSeconds * 1000;
let second = 0;
const probeBase = Math.floor(contacts / 2 + Math.random() * (contacts / 2 - ingestSeconds * 2));
while (Date.now() < until) {
  const tick = Date.now();
  second += 1;
  // A contact no earlier run probed (a reused shop keeps its members), from the quiet tail of the skew.
  const probeUser = `u${probeBase + second}`;
  // 20 batches of 100: 2,000 events in this second.
  for (let b = 0; b < 20; b++) {
    const res = await call(h, writeKeyAuth(source.writeKey), 'POST', '/v1/batch', { batch: batchOf(b === 0 ? probeUser : null) });
    if (res.statusCode !== 200) throw new Error(res.body);
    if (b === 0) acked.set(probeUser, Date.now());
  }
  const { rows } = await h.database.query<{ external_id: string; entered_at: Date }>(
    `select c.external_id, sm.entered_at from segment_members sm join contacts c on c.id = sm.contact_id
     where sm.workspace_id = $1 and sm.segment_id = $2 and sm.exited_at is null`,
    [ws.workspaceId, probeSegment.id],
  );
  for (const r of rows) {
    const at = acked.get(r.external_id);
    if (at !== undefined) {
      latencies.push(new Date(r.entered_at).getTime() - at);
      acked.delete(r.external_id);
    }
  }
  if (process.env.BENCH_TRACE) {
    const { rows: q } = await h.database.query<{ inbox: number; dirty: number }>(
      `select (select count(*) from event_inbox)::int as inbox, (select count(*) from segment_dirty)::int as dirty`,
    );
    console.log(`  ${second} s: inbox ${q[0]!.inbox}, segment queue ${q[0]!.dirty}`);
  }
  const spare = 1000 - (Date.now() - tick);
  if (spare > 0) await new Promise((r) => setTimeout(r, spare));
}
const sent = seq;
const ingestElapsed = (Date.now() - ingestStarted) / 1000;
const deadline = Date.now() + 60_000;
while (acked.size && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 200));
  const { rows } = await h.database.query<{ external_id: string; entered_at: Date }>(
    `select c.external_id, sm.entered_at from segment_members sm join contacts c on c.id = sm.contact_id
     where sm.workspace_id = $1 and sm.segment_id = $2 and sm.exited_at is null`,
    [ws.workspaceId, probeSegment.id],
  );
  for (const r of rows) {
    const at = acked.get(r.external_id);
    if (at !== undefined) {
      latencies.push(new Date(r.entered_at).getTime() - at);
      acked.delete(r.external_id);
    }
  }
}
await workers.stop();
console.log(`incremental under ${Math.round(sent / ingestElapsed).toLocaleString()} events/s (aiming at 2,000) for ${ingestElapsed.toFixed(0)} s, ${recomputed + 1} segments live:`);
console.log(`  ack → member: p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}, max ${ms(Math.max(...latencies))} over ${latencies.length} probes; ${acked.size} never arrived`);
await h.close();

/**
 * Journey engine figures: N contacts (100,000 by default) entering one journey at once through
 * the API (POST /journeys/:id/enrol, 1,000 contacts a request, four requests in flight), then walking
 * add_tag → wait → send (queued to message_sends, on its way to the outbox).
 *   - enrolment time, and API latency while it runs;
 *   - the engine's steps/s for the first leg (tag, then into the wait) and, once the wait is
 *     made due for everyone, the second (out of the wait, then the send);
 *   - API latency probes (GET /api/v1/contacts?limit=50 and GET /api/v1/contacts/:id) while the
 *     engine runs, against a quiet baseline.
 *
 * Run: npm run bench -- journeys [contacts] [workers]
 *   PGlite in memory by default (one engine loop: PGlite is one connection); with
 *   DATABASE_URL=postgres://…/rapport_test on PostgreSQL (2 engine loops by default, each with its
 *   own connections, as `rapport worker` processes would run them). Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import type { Contact, Page } from '@rapport/contracts';
import { runDueJourneys } from '../apps/server/src/modules/journeys/index.js';
import { refreshStatistics } from '../apps/server/src/platform/db.js';
import { call, newApiKey, newWorkspace, startHarness } from '../apps/server/src/test/harness.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const n = Number(process.argv[2] ?? 100_000);
const workers = Number(process.argv[3] ?? (onPostgres ? 2 : 1));
const log = pino({ level: process.env.BENCH_LOG ?? 'silent' });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const lat = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length} requests)`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const h = await startHarness();
const owner = await newWorkspace(h, 'Journey bench');
const key = await newApiKey(h, owner, ['read', 'write']);
const ws = owner.workspaceId;
console.log(`journeys on ${onPostgres ? 'PostgreSQL' : 'PGlite'}: ${n.toLocaleString()} contacts, ${workers} engine loop(s)`);

// Contacts straight into the table, in batches: the API's own create path is the api bench's subject.
let t = performance.now();
for (let i = 0; i < n; i += 10_000) {
  await h.database.query(
    `insert into contacts (id, workspace_id, first_name, email) select gen_random_uuid(), $1, 'Bench ' || g, 'bench' || g || '@example.com' from generate_series($2::int, $3::int) g`,
    [ws, i + 1, Math.min(n, i + 10_000)],
  );
}
await refreshStatistics(h.database.db, ['contacts']);
const ids = (await h.database.query<{ id: string }>('select id from contacts where workspace_id = $1 order by id', [ws])).rows.map((r) => r.id);
console.log(`  setup: ${ids.length.toLocaleString()} contacts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const template = (
  await call(h, key, 'POST', '/api/v1/message-templates', {
    name: 'Bench mail',
    content: { channel: 'email', subject: 'Hi {{ contact.firstName }}', mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hello {{ contact.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>' },
  })
).json<{ id: string }>().id;
const journey = (
  await call(h, key, 'POST', '/api/v1/journeys', {
    name: 'Bench journey',
    definition: {
      trigger: { type: 'manual' },
      start: 'tag',
      steps: [
        { id: 'tag', type: 'action', action: { kind: 'add_tag', tag: 'bench' }, next: 'wait' },
        { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: 60 }, next: 'mail' },
        { id: 'mail', type: 'action', action: { kind: 'send', templateId: template }, next: null },
      ],
      reentry: { kind: 'never' },
    },
  })
).json<{ id: string }>().id;
await call(h, key, 'POST', `/api/v1/journeys/${journey}/publish`);

/** Probes the API until stopped, one request at a time, as a user clicking around would. */
function probe(): { stop: () => Promise<{ list: number[]; get: number[] }> } {
  const list: number[] = [];
  const get: number[] = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      let s = performance.now();
      await call(h, key, 'GET', '/api/v1/contacts?limit=50');
      list.push(performance.now() - s);
      s = performance.now();
      await call(h, key, 'GET', `/api/v1/contacts/${ids[(i * 7919) % ids.length]}`);
      get.push(performance.now() - s);
      await sleep(20);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { list, get };
    },
  };
}

const quiet = probe();
await sleep(3000);
const baseline = await quiet.stop();
console.log(`  API, quiet:                 list ${lat(baseline.list)}; get ${lat(baseline.get)}`);

// Everyone at once: a client pushing 1,000 contacts a request, four requests in flight, the probes beside them.
let p = probe();
t = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let i = (next += 1000) - 1000; i < ids.length; i = (next += 1000) - 1000) {
      const r = await call(h, key, 'POST', `/api/v1/journeys/${journey}/enrol`, { contactIds: ids.slice(i, i + 1000) });
      if (r.statusCode !== 200) throw new Error(`enrol failed: ${r.statusCode} ${r.body}`);
    }
  }),
);
const enrolSecs = (performance.now() - t) / 1000;
let probes = await p.stop();
console.log(`  enrolment: ${n.toLocaleString()} in ${enrolSecs.toFixed(1)} s (${Math.round(n / enrolSecs).toLocaleString()}/s)`);
console.log(`  API during enrolment:       list ${lat(probes.list)}; get ${lat(probes.get)}`);
await refreshStatistics(h.database.db, ['journey_runs']);

const count = async (where: string) => Number((await h.database.query<{ n: string }>(`select count(*) as n from journey_runs where journey_id = $1 and ${where}`, [journey])).rows[0]!.n);

/** Engine loops until `finished` holds; returns the steps run and the seconds taken. */
async function runEngine(finished: () => Promise<boolean>): Promise<{ steps: number; secs: number }> {
  let steps = 0;
  let stop = false;
  const started = performance.now();
  const loops = Array.from({ length: workers }, async () => {
    while (!stop) {
      const k = await runDueJourneys(h.database, log);
      steps += k;
      if (!k) await sleep(100);
    }
  });
  while (!(await finished())) await sleep(1000);
  const secs = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(loops);
  return { steps, secs };
}

p = probe();
const leg1 = await runEngine(async () => (await count(`phase = 'waiting'`)) === n);
probes = await p.stop();
console.log(`  leg 1 (tag → into the wait): ${leg1.steps.toLocaleString()} steps in ${leg1.secs.toFixed(1)} s = ${Math.round(leg1.steps / leg1.secs).toLocaleString()} steps/s`);
console.log(`  API during leg 1:           list ${lat(probes.list)}; get ${lat(probes.get)}`);

// The hour passes for everyone at once.
await h.database.query(`update journey_runs set due_at = now() where journey_id = $1 and status = 'active'`, [journey]);
p = probe();
const leg2 = await runEngine(async () => (await count(`status = 'completed'`)) === n);
probes = await p.stop();
console.log(`  leg 2 (out of the wait → send): ${leg2.steps.toLocaleString()} steps in ${leg2.secs.toFixed(1)} s = ${Math.round(leg2.steps / leg2.secs).toLocaleString()} steps/s`);
console.log(`  API during leg 2:           list ${lat(probes.list)}; get ${lat(probes.get)}`);

const facts = (
  await h.database.query<{ logs: string; sends: string; tagged: string }>(
    `select (select count(*) from journey_steps where journey_id = $1) as logs,
            (select count(*) from message_sends where source_id = $1::text) as sends,
            (select count(*) from contacts where workspace_id = $2 and 'bench' = any(tags)) as tagged`,
    [journey, ws],
  )
).rows[0]!;
const total = leg1.steps + leg2.steps;
console.log(`  overall: ${total.toLocaleString()} steps in ${(leg1.secs + leg2.secs).toFixed(1)} s = ${Math.round(total / (leg1.secs + leg2.secs)).toLocaleString()} steps/s; log rows ${Number(facts.logs).toLocaleString()}, sends queued ${Number(facts.sends).toLocaleString()}, contacts tagged ${Number(facts.tagged).toLocaleString()}`);
// What the canvas asks for each time it opens: the counts per step over every run and step row.
// The journeys list asks for the totals alone.
for (const query of ['', '?steps=false']) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const r = await call(h, key, 'GET', `/api/v1/journeys/${journey}/stats${query}`);
    if (r.statusCode !== 200) throw new Error(`stats failed: ${r.statusCode} ${r.body}`);
    times.push(performance.now() - s);
  }
  console.log(`  GET /journeys/:id/stats${query}: ${lat(times)}`);
}
const check = (await call(h, key, 'GET', '/api/v1/contacts?limit=1')).json<Page<Contact>>();
if (!check.data.length) console.log('  (no contacts listed?)');
await h.close();

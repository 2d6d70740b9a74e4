/**
 * Customer 360 figures: import throughput (generated CSV through the real import pipeline), then
 * global search and filtered-list latency over the imported contacts, through the HTTP stack.
 * Run: npm run bench -- contacts [rows] [--queries-only]   (default 100,000 on PGlite; DATABASE_URL=… and 1000000 for
 * PostgreSQL; --queries-only measures search and lists on the data an earlier run left in DATABASE_URL)
 * Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import type { Ctx } from '../apps/server/src/platform/context.js';
import { createImport, runImport, startImport } from '../apps/server/src/modules/imports/index.js';
import { call, login, newWorkspace, startHarness } from '../apps/server/src/test/harness.js';

const rows = Number(process.argv[2] ?? 100_000);
/** Measure queries on a database an earlier run already imported into (its largest workspace). */
const queriesOnly = process.argv.includes('--queries-only');
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms`;

// A deterministic generator (mulberry32), so runs compare. An earlier LCG correlated successive
// draws, so stage and city came out dependent and some combinations all but absent.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const surnames = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '洪', '郭', '邱', '曾', '廖', '賴', '徐'];
const given = ['美', '玲', '志', '明', '家', '豪', '淑', '芬', '俊', '傑', '雅', '婷', '宗', '翰', '怡', '君', '建', '宏', '佳', '穎'];
const first = ['Ada', 'Grace', 'Alan', 'Linus', 'Mary', 'John', 'Wei', 'Hana', 'Ken', 'Yuki'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Chen', 'Lin', 'Wang', 'Sato', 'Suzuki', 'Smith', 'Lee'];
const cities = ['台北市', '新北市', '桃園市', '台中市', '台南市', '高雄市', '新竹市', '基隆市', '嘉義市', '宜蘭縣'];
const tags = ['vip', 'newsletter', 'wholesale', 'retail', 'event-2026', 'line', 'lapsed', 'b2b', '母親節', '會員'];
const stages = ['subscriber', 'lead', 'prospect', 'customer', 'repeat_customer', 'churned'];

interface Person {
  name: string;
  email: string;
  phone: string;
}
const people: Person[] = [];
const lines = ['Name,Email,Phone,City,Tags,Lifecycle stage,Company,Tier'];
for (let i = 0; i < rows; i++) {
  const cjk = rand() < 0.6;
  const name = cjk ? `${pick(surnames)}${pick(given)}${pick(given)}` : `${pick(first)} ${pick(last)}`;
  const email = `user${i}.${Math.floor(rand() * 1e6)}@example${i % 50}.com`;
  const phone = `09${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`;
  people.push({ name, email, phone });
  const t = [pick(tags), pick(tags)].join(';');
  lines.push([name, email, phone, pick(cities), t, pick(stages), `公司${i % 2000}`, pick(['gold', 'silver', 'bronze'])].join(','));
}
const csv = Buffer.from(lines.join('\n'));

const h = await startHarness();
let owner: { headers: Record<string, string>; workspaceId: string; userId: string };
let imported = rows;
if (queriesOnly) {
  const { rows: [top] } = await h.database.query<{ workspace_id: string; n: number }>(
    'select workspace_id, count(*)::int as n from contacts group by 1 order by 2 desc limit 1',
  );
  const { rows: [user] } = await h.database.query<{ id: string; email: string }>(
    "select u.id, u.email from members m join users u on u.id = m.user_id where m.workspace_id = $1 and m.role = 'owner'",
    [top!.workspace_id],
  );
  owner = { headers: await login(h, user!.email), workspaceId: top!.workspace_id, userId: user!.id };
  imported = top!.n;
  people.length = Math.min(people.length, imported);
  console.log(`database: ${h.database.kind}, queries over the ${imported} contacts an earlier run imported`);
} else {
  owner = await newWorkspace(h, 'bench');
  await call(h, owner.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  await call(h, owner.headers, 'POST', '/api/v1/custom-fields', {
    entity: 'contact',
    key: 'tier',
    label: 'Tier',
    type: 'select',
    options: ['gold', 'silver', 'bronze'].map((v) => ({ value: v, label: v })),
  });
  const log = pino({ level: 'silent' });
  const ctx: Ctx = { db: h.database.db, workspaceId: owner.workspaceId, actor: { type: 'user', id: owner.userId, label: 'bench' }, role: 'owner', via: 'cli', log };

  console.log(`database: ${h.database.kind}, rows: ${rows}, file: ${(csv.byteLength / 1048576).toFixed(1)} MB`);
  const t0 = performance.now();
  const preview = await createImport(ctx, { entity: 'contacts', filename: 'bench.csv', data: csv, maxBytes: 2 ** 31 });
  await startImport(ctx, preview.import.id, false, async () => {});
  let lastReport = performance.now();
  await runImport(h.database.db, owner.workspaceId, preview.import.id, log, (done) => {
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      console.log(`  … ${done} rows, ${(done / ((lastReport - t0) / 1000)).toFixed(0)} rows/s`);
    }
  });
  const secs = (performance.now() - t0) / 1000;
  const result = (await call(h, owner.headers, 'GET', `/api/v1/imports/${preview.import.id}`)).json<{ counts: Record<string, number> }>();
  console.log(`import: ${(rows / secs).toFixed(0)} rows/s (${secs.toFixed(1)} s); counts ${JSON.stringify(result.counts)}`);
}

async function time(label: string, urls: (() => { method: 'GET' | 'POST'; url: string; body?: unknown })[]) {
  const ms: number[] = [];
  for (const make of urls) {
    const r = make();
    const s = performance.now();
    const res = await call(h, owner.headers, r.method, r.url, r.body);
    ms.push(performance.now() - s);
    if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body}`);
  }
  console.log(`${label.padEnd(44)} ${fmt(ms)}`);
}

const n = 100;
const sample = () => people[Math.floor(rand() * people.length)]!;
const search = (q: string) => ({ method: 'GET' as const, url: `/api/v1/search?q=${encodeURIComponent(q)}` });
await time('search: full name (林美玲 / Ada Lovelace)', Array.from({ length: n }, () => () => search(sample().name)));
await time('search: two CJK characters of a given name', Array.from({ length: n }, () => () => search(`${pick(given)}${pick(given)}`)));
await time('search: email prefix', Array.from({ length: n }, () => () => search(sample().email.split('.')[0]!)));
await time('search: phone as typed (0912-345-678)', Array.from({ length: n }, () => () => search(sample().phone.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1-$2-$3'))));
await time('search: company name', Array.from({ length: n }, () => () => search(`公司${Math.floor(rand() * 2000)}`)));

const cond = (field: string, op: string, value: unknown) => ({ type: 'condition', field, op, value });
const query = (filter: unknown, sort?: unknown) => () => ({ method: 'POST' as const, url: '/api/v1/contacts/query', body: { filter, sort, limit: 50 } });
await time('list: tag = vip, newest first', Array.from({ length: n }, () => query({ type: 'group', combinator: 'and', children: [cond('tags', 'in', ['vip'])] })));
await time('list: stage = customer AND city, by last name', Array.from({ length: n }, () =>
  query({ type: 'group', combinator: 'and', children: [cond('lifecycleStage', 'eq', 'customer'), cond('address.city', 'eq', pick(cities))] }, { field: 'lastName', order: 'asc' }),
));
await time('list: custom tier = gold OR tags has all', Array.from({ length: n }, () =>
  query({ type: 'group', combinator: 'or', children: [cond('custom.tier', 'eq', 'gold'), cond('tags', 'all', [pick(tags), pick(tags)])] }),
));
await time('list: no filter, sorted by email', Array.from({ length: n }, () => query(null, { field: 'email', order: 'asc' })));
// A deep page: keyset paging costs the same at page 100 as at page 1.
let cursor: string | null = null;
for (let i = 0; i < 100 && (i === 0 || cursor); i++) {
  const page: { nextCursor: string | null } = (await call(h, owner.headers, "POST", "/api/v1/contacts/query", { limit: 50, sort: { field: "lastName", order: "asc" }, ...(cursor ? { cursor } : {}) })).json();
  cursor = page.nextCursor;
}
await time('list: page 101 by last name (keyset)', Array.from({ length: 20 }, () => () => ({ method: 'POST' as const, url: '/api/v1/contacts/query', body: { limit: 50, sort: { field: 'lastName', order: 'asc' }, ...(cursor ? { cursor } : {}) } })));
await time('duplicates page (50 pairs)', Array.from({ length: 10 }, () => () => ({ method: 'GET' as const, url: '/api/v1/contacts/duplicates' })));
await h.close();

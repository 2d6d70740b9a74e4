/**
 * Baseline figures for the platform slice: contact create, list-page and get latency through the
 * full HTTP stack (auth guard, validation, RLS transaction, audit write) with app.inject.
 * Run: npm run bench -- api [contacts=2000]    (DATABASE_URL=… for PostgreSQL)
 */
import { performance } from 'node:perf_hooks';
import { call, newApiKey, newWorkspace, startHarness } from '../apps/server/src/test/harness.js';

const n = Number(process.argv[2] ?? 2000);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms, p95 ${pct(xs, 95).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms`;

const h = await startHarness();
const owner = await newWorkspace(h, 'bench');
const key = await newApiKey(h, owner, ['read', 'write']);

const created: number[] = [];
const ids: string[] = [];
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const s = performance.now();
  const res = await call(h, key, 'POST', '/api/v1/contacts', { firstName: `名${i}`, lastName: '陳', email: `c${i}@example.com`, tags: ['bench'] });
  created.push(performance.now() - s);
  ids.push(res.json<{ id: string }>().id);
}
const createSecs = (performance.now() - t0) / 1000;

const listed: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  await call(h, key, 'GET', '/api/v1/contacts?limit=50');
  listed.push(performance.now() - s);
}
const got: number[] = [];
for (let i = 0; i < 500; i++) {
  const s = performance.now();
  await call(h, key, 'GET', `/api/v1/contacts/${ids[(i * 7919) % ids.length]}`);
  got.push(performance.now() - s);
}
const searched: number[] = [];
for (let i = 0; i < 100; i++) {
  const s = performance.now();
  await call(h, key, 'GET', `/api/v1/contacts?q=c${i * 13}@&limit=20`);
  searched.push(performance.now() - s);
}

console.log(`database: ${h.database.kind}, contacts: ${n}`);
console.log(`create (sequential, API key, audited): ${(n / createSecs).toFixed(0)}/s; ${fmt(created)}`);
console.log(`list first page of 50:                 ${fmt(listed)}`);
console.log(`get by id:                             ${fmt(got)}`);
console.log(`search q (substring, no index yet):    ${fmt(searched)}`);
await h.close();

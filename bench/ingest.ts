/**
 * Ingestion figures: sustained load on /v1/batch, 100 events a request, from this process against
 * `rapport start` running in a child process. Prints the rate of acknowledged (durably stored)
 * events, request latency, and how long the processor takes to move them all into the event store.
 *
 * Run: npm run bench -- ingest [seconds=30] [connections=16]
 *   On PGlite by default (a fresh data directory); with DATABASE_URL=postgres://…/rapport_ingest on
 *   PostgreSQL (that database is dropped and created afresh). INGEST_PROFILE_DIR=/tmp/prof writes a
 *   CPU profile of the server there. Asserts nothing.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { setupWithSource, startServer } from '../e2e/server.js';

const seconds = Number(process.argv[2] ?? 30);
const connections = Number(process.argv[3] ?? 16);
const databaseUrl = process.env.DATABASE_URL;

async function freshPostgres(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
}

let seed = 7;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const products = Array.from({ length: 500 }, (_, i) => `SKU-${i}`);
const run = Date.now().toString(36);
let seq = 0;

/** One realistic event: mostly views of anonymous visitors; some identify and signed-in tracks. */
function event(): string {
  seq += 1;
  const r = rand();
  const visitor = Math.floor(rand() * 50_000);
  const ts = new Date().toISOString();
  const common = `"messageId":"${run}-${seq}","anonymousId":"v-${visitor}","timestamp":"${ts}","context":{"ip":"203.0.113.${visitor % 250}","userAgent":"Mozilla/5.0 (bench)","locale":"zh-TW","page":{"path":"/p/${visitor % 97}","url":"https://shop.example/p/${visitor % 97}"}}`;
  if (r < 0.55) return `{"type":"track","event":"Product Viewed",${common},"properties":{"sku":"${products[Math.floor(rand() * 500)]}","price":${Math.floor(rand() * 3000)},"currency":"TWD","category":"c${visitor % 12}"}}`;
  if (r < 0.8) return `{"type":"page","name":"Product",${common},"properties":{"title":"Product","referrer":"https://www.google.com/"}}`;
  if (r < 0.9) return `{"type":"track","event":"Product Added",${common},"properties":{"sku":"${products[Math.floor(rand() * 500)]}","quantity":1}}`;
  if (r < 0.95) return `{"type":"track","event":"Checkout Started","userId":"u-${visitor % 10_000}",${common},"properties":{"value":${Math.floor(rand() * 5000)}}}`;
  return `{"type":"identify","userId":"u-${visitor % 10_000}",${common},"traits":{"email":"u${visitor % 10_000}@example.com","firstName":"User ${visitor % 10_000}"}}`;
}

const body = () => {
  const events: string[] = [];
  for (let i = 0; i < 100; i++) events.push(event());
  return `{"batch":[${events.join(',')}],"sentAt":"${new Date().toISOString()}"}`;
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function main() {
  if (databaseUrl) await freshPostgres(databaseUrl);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-ingest-'));
  const profileDir = process.env.INGEST_PROFILE_DIR;
  const server = await startServer(dataDir, undefined, {
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
  });
  const { writeKey, cookie } = await setupWithSource(server.base);
  const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { port } = new URL(server.base);

  const post = (payload: string) =>
    new Promise<{ status: number; text: string; retryAfter: number }>((resolve, reject) => {
      const req = http.request(
        { host: 'localhost', port, path: '/v1/batch', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: auth, 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text, retryAfter: Number(res.headers['retry-after'] ?? 0) }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  const latencies: number[] = [];
  let accepted = 0;
  let turnedAway = 0;
  let failed = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const payload = body();
        const t0 = performance.now();
        const res = await post(payload);
        if (res.status === 200) {
          latencies.push(performance.now() - t0);
          accepted += (JSON.parse(res.text) as { accepted: number }).accepted;
        } else if (res.status === 503 || res.status === 429) {
          turnedAway += 1;
          await new Promise((r) => setTimeout(r, Math.max(res.retryAfter, 0.2) * 1000));
        } else {
          failed += 1;
          if (failed < 3) console.error(`HTTP ${res.status}: ${res.text.slice(0, 300)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  // The processor keeps moving events into the store; wait until the catalogue counts them all.
  const stored = async () => {
    const res = await fetch(`${server.base}/api/v1/events/catalog`, { headers: { cookie } });
    return ((await res.json()) as { data: { count: number }[] }).data.reduce((n, e) => n + e.count, 0);
  };
  const atEnd = await stored();
  const drainStart = performance.now();
  let processed = atEnd;
  while (processed < accepted && performance.now() - drainStart < 600_000) {
    await new Promise((r) => setTimeout(r, 500));
    processed = await stored();
  }
  const drained = (performance.now() - drainStart) / 1000;

  console.log(`ingest on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${seconds} s, ${connections} connections, 100 events a request`);
  console.log(`  acknowledged: ${accepted.toLocaleString()} events, ${Math.round(accepted / elapsed).toLocaleString()} events/s`);
  console.log(`  request latency: p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${pct(latencies, 100).toFixed(1)} ms`);
  console.log(`  turned away (503, retried): ${turnedAway} requests; failed: ${failed}`);
  console.log(`  in the event store when the load stopped: ${atEnd.toLocaleString()}; all ${processed.toLocaleString()} after ${drained.toFixed(1)} s more`);
  console.log(`  processing rate over the whole run: ${Math.round(processed / (elapsed + drained)).toLocaleString()} events/s`);
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

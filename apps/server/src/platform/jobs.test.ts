import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { openDatabase, type Database } from './db.js';
import { startQueue, type JobDefinition, type Queue } from './jobs.js';
import { loadConfig } from '../config.js';

/** The durable queue on the suite's database (PGlite, or PostgreSQL with DATABASE_URL). */
let database: Database;
let queue: Queue;
const attempts = new Map<string, number>();
const done: string[] = [];
const suffix = Math.random().toString(36).slice(2, 8);

const flaky: JobDefinition<{ id: string }> = {
  name: `test.flaky.${suffix}`,
  retryLimit: 3,
  retryDelaySeconds: 1,
  retryBackoff: false,
  handler: async ({ id }) => {
    const n = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, n);
    if (n < 3) throw new Error(`attempt ${n} fails`);
    done.push(id);
  },
};
const nightly: JobDefinition = { name: `test.nightly.${suffix}`, cron: '0 3 * * *', handler: async () => {} };

beforeAll(async () => {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: null });
  await database.migrate();
  queue = await startQueue({ database, log: pino({ level: 'silent' }), jobs: [flaky as JobDefinition, nightly], work: true, pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await queue.stop();
  await database.close();
});

async function waitFor(check: () => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('job queue', () => {
  it('retries a failing job until it succeeds', async () => {
    await queue.send(flaky.name, { id: 'a' });
    await waitFor(() => done.includes('a'));
    expect(attempts.get('a')).toBe(3);
  });

  it('holds a job until its run-at time', async () => {
    const startAfter = new Date(Date.now() + 2500);
    await queue.send(flaky.name, { id: 'later' }, { startAfter, retryLimit: 5, retryDelay: 0 });
    attempts.set('later', 2); // next attempt succeeds
    await new Promise((r) => setTimeout(r, 1200));
    expect(done).not.toContain('later');
    await waitFor(() => done.includes('later'));
    expect(Date.now()).toBeGreaterThanOrEqual(startAfter.getTime());
  });

  it('registers cron schedules', async () => {
    const schedules = await queue.boss.getSchedules();
    expect(schedules.find((s) => s.name === nightly.name)?.cron).toBe('0 3 * * *');
  });

  it('stores jobs in the database, not in memory', async () => {
    await queue.send(nightly.name, {}, { startAfter: new Date(Date.now() + 60_000) });
    const rows = await database.query<{ n: number }>('select count(*)::int as n from pgboss.job where name = $1', [nightly.name]);
    expect(rows.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

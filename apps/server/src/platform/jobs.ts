import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db.js';

/** What a module hands the queue: a named job, its handler, retry policy and optional cron. */
export interface JobDefinition<T extends object = object> {
  name: string;
  handler: (data: T, ctx: { database: Database; log: FastifyBaseLogger }) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** How long a run may take before the queue gives it up and retries it (pg-boss's default is 15 minutes). */
  expireInSeconds?: number;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  cron?: string;
}

export interface Queue {
  boss: PgBoss;
  send<T extends object>(name: string, data: T, opts?: PgBoss.SendOptions): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * pg-boss on either database. PGlite gets an adapter: pg-boss sends multi-statement scripts
 * without parameters, which only PGlite's exec() accepts.
 */
function bossFor(database: Database, opts: PgBoss.ConstructorOptions): PgBoss {
  if (database.kind === 'postgres' && database.url) return new PgBoss({ ...opts, connectionString: database.url, max: 4 });
  const db: PgBoss.Db = {
    executeSql: async (text, values) => {
      if (values && values.length) return database.query(text, values);
      return { rows: await database.execRows(text) };
    },
  };
  return new PgBoss({ ...opts, db });
}

export interface StartQueueOptions {
  database: Database;
  log: FastifyBaseLogger;
  jobs: JobDefinition[];
  /** Process jobs here; false for a process that only enqueues. */
  work: boolean;
  pollingIntervalSeconds?: number;
}

export async function startQueue({ database, log, jobs, work, pollingIntervalSeconds = 2 }: StartQueueOptions): Promise<Queue> {
  const boss = bossFor(database, { schedule: work, supervise: work, migrate: true });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 3,
      retryDelay: job.retryDelaySeconds ?? 5,
      retryBackoff: job.retryBackoff ?? true,
      ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
    });
    if (!work) continue;
    await boss.work<object>(job.name, { pollingIntervalSeconds, batchSize: 10 }, async (batch) => {
      // pg-boss fails the whole batch when this throws. Failing only the job that threw keeps
      // retries per job; pg-boss then completes the rest, as it completes only still-active jobs.
      for (const j of batch) {
        try {
          await job.handler(j.data, { database, log });
        } catch (err) {
          log.warn({ err, job: job.name, id: j.id }, 'job failed; it will be retried');
          await boss.fail(job.name, j.id, { message: (err as Error).message });
        }
      }
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {});
  }
  return {
    boss,
    send: (name, data, opts) => boss.send(name, data, opts ?? {}),
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../platform/db.js';

/** Any fixed number: the advisory lock under which files prepare the template and copy it. */
const templateLock = 72_360_061;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * A PostgreSQL database for one test file, copied from `<database>_template`, which is migrated
 * first. Files run in parallel and the workers drain every workspace's queue, so on one shared
 * database a file's worker could take another file's sends or campaign steps mid-test and leave
 * them half done, or deliver them to its own SMTP server. A copy costs a fraction of a second;
 * migrating a new database costs seconds. `drop` removes the copy.
 */
export async function fileDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = decodeURIComponent(new URL(baseUrl).pathname.slice(1));
  const template = `${base}_template`;
  const own = `${base}_f${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    // One file at a time: CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
    await admin.query('select pg_advisory_lock($1)', [templateLock]);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!rowCount) await admin.query(`create database ${quoted(template)}`);
    // A template left by an older checkout lacks the newer migrations: they are applied here, once.
    const db = await openDatabase({ databaseUrl: withDatabase(baseUrl, template), dataDir: null });
    try {
      await db.migrate();
    } finally {
      await db.close();
    }
    await admin.query(`create database ${quoted(own)} template ${quoted(template)}`);
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [templateLock]).catch(() => {});
    await admin.end();
  }
  return {
    url: withDatabase(baseUrl, own),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${quoted(own)} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

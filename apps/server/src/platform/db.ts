import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTable } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.js';

/** A Drizzle handle or transaction. Repos take it explicitly; there is no global connection. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Runs raw SQL with positional parameters; the queue and tests use it. */
export type RawQuery = <R = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<{ rows: R[] }>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  query: RawQuery;
  /** Runs a multi-statement script without parameters; returns the last statement's rows. */
  execRows: (text: string) => Promise<Record<string, unknown>[]>;
  /** The server URL, for clients that open their own connections; null for the embedded database. */
  url: string | null;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory for the embedded database; `null` keeps it in memory (tests). */
  dataDir: string | null;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    // PGlite is one process's database: a second process on the same files corrupts them.
    releaseLock = acquireDataDirLock(dataDir);
  }
  // Extensions PostgreSQL ships in contrib must be handed to PGlite; migrations then create them.
  const extensions = { pg_trgm };
  const client = dataDir ? new PGlite(path.join(dataDir, 'pglite'), { extensions }) : new PGlite({ extensions });
  await client.waitReady;
  const db = drizzlePglite({ client, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    query: async (text, values) => {
      const r = await client.query(text, values as unknown[] | undefined);
      return { rows: r.rows as never[] };
    },
    execRows: async (text) => {
      const results = await client.exec(text);
      return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
    },
    url: null,
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at start, not on the first request, when the server is unreachable.
  await pool.query('select 1');
  const db = drizzlePg({ client: pool, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    query: async (text, values) => {
      const r = await pool.query(text, values as unknown[] | undefined);
      return { rows: r.rows };
    },
    execRows: async (text) => {
      const r = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      return (Array.isArray(r) ? (r[r.length - 1]?.rows ?? []) : r.rows) as Record<string, unknown>[];
    },
    url,
    migrate: async () => {
      // Several processes (API, workers) may start at once; one migrates, the others wait.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg({ client: conn }), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock(727274)').catch(() => {});
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The role tenant transactions run as, per database handle; absent where it cannot be used. */
const tenantRoles = new WeakMap<Db, string>();
export const tenantRoleName = 'rapport_tenant';

/**
 * Makes withWorkspace switch to the non-owner tenant role (migration 0002) when this connection
 * may: then row-level security binds the application too. Returns whether it is in force.
 */
export async function enableTenantRole(database: Database): Promise<boolean> {
  const { rows } = await database.query<{ ok: boolean }>(
    `select exists (select 1 from pg_roles where rolname = $1) and pg_has_role(current_user, $1, 'MEMBER') as ok`,
    [tenantRoleName],
  );
  if (rows[0]?.ok) tenantRoles.set(database.db, tenantRoleName);
  return Boolean(rows[0]?.ok);
}

/**
 * Runs `fn` in a transaction scoped to one workspace. Row-level-security policies read
 * `app.workspace_id`, and under the tenant role they apply to this transaction, so a query that
 * forgets its workspace filter still sees only this tenant.
 */
export function withWorkspace<T>(db: Db, workspaceId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  const role = tenantRoles.get(db);
  return db.transaction(async (tx) => {
    // One round trip: setting the `role` parameter is what SET LOCAL ROLE does.
    await tx.execute(
      role
        ? sql`select set_config('app.workspace_id', ${workspaceId}, true), set_config('role', ${role}, true)`
        : sql`select set_config('app.workspace_id', ${workspaceId}, true)`,
    );
    if (role) tenantTransactions.set(tx, role);
    return fn(tx as unknown as Db);
  });
}

/** Transactions running under the tenant role, so indexLookup knows what to return to. */
const tenantTransactions = new WeakMap<object, string>();

/**
 * Runs an index lookup with row-level security lifted, inside a workspace transaction.
 *
 * Postgres evaluates a policy's condition before any condition that is not leakproof, and LIKE,
 * array overlap and containment and jsonb containment are not, so under the policy it cannot use
 * trigram or GIN indexes: searching a million contacts becomes a sequential scan. Lookups run
 * here instead. They must filter by workspace themselves and return ids (and sort keys) only;
 * lookupThenLoad then reads the rows by id under the policy, so a lookup that forgot its filter
 * still returns nothing of another workspace.
 */
export async function indexLookup<T>(tx: Db, fn: () => Promise<T>): Promise<T> {
  const role = tenantTransactions.get(tx);
  if (!role) return fn();
  await tx.execute(sql`select set_config('role', 'none', true)`);
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    // A failed statement has aborted the transaction, which then runs nothing more; a failure in
    // JavaScript leaves it usable, so the role must come back before the caller goes on.
    await tx.execute(sql`select set_config('role', ${role}, true)`).catch(() => undefined);
    throw e;
  }
  await tx.execute(sql`select set_config('role', ${role}, true)`);
  return result;
}

/**
 * A read in two steps: `lookup` finds the ids in order, with indexes usable (see indexLookup),
 * and `load` reads those rows under row-level security. Rows come back in the lookup's order,
 * each with the lookup's other columns (a sort key, say); rows the policy hides are dropped.
 */
export async function lookupThenLoad<K extends { id: string }, R extends { id: string }>(
  tx: Db,
  lookup: () => Promise<K[]>,
  load: (ids: string[]) => Promise<R[]>,
): Promise<(R & Omit<K, 'id'>)[]> {
  const keys = await indexLookup(tx, lookup);
  if (keys.length === 0) return [];
  const rows = new Map((await load(keys.map((k) => k.id))).map((r) => [r.id, r]));
  return keys.flatMap((k) => {
    const row = rows.get(k.id);
    return row ? [{ ...k, ...row }] : [];
  });
}

/**
 * Inserts many rows with a single parameter, the rows as JSON, which json_populate_recordset
 * turns back into rows of the table. Drizzle binds every value of a multi-row insert as its own
 * parameter, and building 500 rows × 35 columns of them took longer than storing them. The rows
 * share one shape: the first row's keys name the columns, and the others go to their defaults.
 */
export async function insertRowsAsJson<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const first = rows[0] as Record<string, unknown>;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => first[key] !== undefined);
  const json = rows.map((row) => Object.fromEntries(columns.map(([key, col]) => [col.name, (row as Record<string, unknown>)[key] ?? null])));
  const names = sql.join(columns.map(([, col]) => sql.identifier(col.name)), sql`, `);
  await db.execute(sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(json)}::json)`);
}

/**
 * Refreshes the planner's statistics of a table. PostgreSQL's autovacuum does this in time, except
 * during bulk loads; PGlite has no autovacuum at all. Without statistics the planner guesses a
 * table is tiny and picks plans (nested loops over every row) that take seconds at 30,000 rows.
 * Runs on the owner's connection, outside any tenant transaction: only the owner may analyze.
 */
export async function refreshStatistics(db: Db, tables: string | string[]): Promise<void> {
  await db.execute(sql`analyze ${sql.join([tables].flat().map((t) => sql.identifier(t)), sql`, `)}`);
}

/** Rows of a raw SQL statement, on either driver (their result shapes differ). */
export async function selectRows<R>(db: Db, query: SQL): Promise<R[]> {
  const result = (await db.execute(query)) as unknown as { rows?: R[] } | R[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

/** Ids (uuid or bigint) bound as one array parameter; comparing such columns as text would keep their indexes out of play. */
export function idArray(ids: readonly (string | number)[], type: 'uuid' | 'bigint'): SQL {
  return sql`${`{${ids.join(',')}}`}::${sql.raw(type)}[]`;
}

/**
 * A text[] bound as one parameter. Drizzle spreads a JS array in a template into a list of
 * parameters, so arrays go in as Postgres array literals instead.
 */
export function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

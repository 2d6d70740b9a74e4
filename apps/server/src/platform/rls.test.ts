import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexLookup, lookupThenLoad, selectRows, tenantRoleName, withWorkspace } from './db.js';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../test/harness.js';

/**
 * Row-level security is the second wall. The application's tenant transactions run under the
 * non-owner tenant role, where the policies bind; the second block checks, on PostgreSQL, that
 * they bind any other non-owner role too.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const role = `rapport_rls_${Math.random().toString(36).slice(2, 8)}`;
let h: Harness;
let a: Session;
let b: Session;

describe('row-level security in the application', () => {
  let app: Harness;
  let x: Session;
  let y: Session;
  beforeAll(async () => {
    app = await startHarness();
    x = await newWorkspace(app, 'X');
    y = await newWorkspace(app, 'Y');
    await call(app, x.headers, 'POST', '/api/v1/contacts', { firstName: 'Xavier' });
    await call(app, y.headers, 'POST', '/api/v1/contacts', { firstName: 'Yvonne' });
  });
  afterAll(() => app.close());

  it('confines a tenant transaction to its workspace even when the query forgets the filter', async () => {
    const result = (await withWorkspace(app.database.db, x.workspaceId, (tx) =>
      tx.execute(sql`select first_name, current_user as who from contacts`),
    )) as unknown as { rows: { first_name: string; who: string }[] };
    expect(result.rows.map((r) => r.first_name)).toEqual(['Xavier']);
    expect(result.rows[0]!.who).toBe(tenantRoleName);
  });

  it("refuses a tenant transaction's write into another workspace", async () => {
    await expect(
      withWorkspace(app.database.db, x.workspaceId, (tx) =>
        tx.execute(sql`insert into contacts (id, workspace_id, first_name) values (${randomUUID()}, ${y.workspaceId}, 'Mallory')`),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
  });

  it('lets an index lookup see past the policy, but loads only rows the policy allows, and restores the role', async () => {
    const seen = await withWorkspace(app.database.db, x.workspaceId, async (tx) => {
      // A lookup that forgot its workspace filter finds both tenants' contacts…
      const found = await lookupThenLoad(
        tx,
        () => selectRows<{ id: string }>(tx, sql`select id from contacts order by id`),
        (ids) => selectRows<{ id: string; first_name: string }>(tx, sql`select id, first_name from contacts where id = any(${`{${ids.join(',')}}`}::uuid[])`),
      );
      const [after] = await selectRows<{ who: string }>(tx, sql`select current_user as who`);
      // …and a JavaScript failure inside a lookup hands the role back too.
      await expect(indexLookup(tx, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      const [afterFailure] = await selectRows<{ who: string }>(tx, sql`select current_user as who`);
      return { names: found.map((r) => r.first_name), who: after!.who, whoAfterFailure: afterFailure!.who };
    });
    expect(seen).toEqual({ names: ['Xavier'], who: tenantRoleName, whoAfterFailure: tenantRoleName });
  });
});

describe.runIf(onPostgres)('row-level security for other non-owner roles', () => {
  beforeAll(async () => {
    h = await startHarness();
    a = await newWorkspace(h, 'A');
    b = await newWorkspace(h, 'B');
    await call(h, a.headers, 'POST', '/api/v1/contacts', { firstName: 'Alice' });
    await call(h, b.headers, 'POST', '/api/v1/contacts', { firstName: 'Bob' });
    await h.database.query(`create role ${role} nologin`);
    await h.database.query(`grant select, insert, update, delete on contacts, audit_log to ${role}`);
  });
  afterAll(async () => {
    await h.database.query(`drop owned by ${role}`);
    await h.database.query(`drop role ${role}`);
    await h.close();
  });

  /** Runs `sql` on one connection, in a transaction, as the non-owner role with `workspaceId` set. */
  async function asTenant(workspaceId: string | null, sql: string, values: unknown[] = []) {
    const client = new pg.Client({ connectionString: h.config.databaseUrl! });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`set local role ${role}`);
      if (workspaceId) await client.query(`select set_config('app.workspace_id', $1, true)`, [workspaceId]);
      return await client.query<{ first_name: string }>(sql, values);
    } finally {
      await client.query('rollback').catch(() => {});
      await client.end();
    }
  }

  it('shows only the workspace set for the transaction, even without a workspace filter', async () => {
    const rows = await asTenant(a.workspaceId, 'select first_name from contacts');
    expect(rows.rows.map((r) => r.first_name)).toEqual(['Alice']);
  });

  it('shows nothing when no workspace is set', async () => {
    expect((await asTenant(null, 'select first_name from contacts')).rows).toEqual([]);
  });

  it("refuses to write a row into another workspace", async () => {
    await expect(
      asTenant(a.workspaceId, `insert into contacts (id, workspace_id, first_name) values (gen_random_uuid(), $1, 'Mallory')`, [b.workspaceId]),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot update or delete another workspace's rows", async () => {
    const upd = await asTenant(a.workspaceId, `update contacts set first_name = 'x' where workspace_id = $1 returning first_name`, [b.workspaceId]);
    expect(upd.rows).toEqual([]);
  });
});

import type { z } from 'zod';
import pino from 'pino';
import { loadConfig, type Config } from '../config.js';
import { createAuth, resolveSecret } from '../platform/auth/auth.js';
import type { Ctx } from '../platform/context.js';
import { findOwnerUserId, findWorkspacesByRef } from '../modules/auth/index.js';
import { enableTenantRole, openDatabase, tenantRoleName, type Database } from '../platform/db.js';

export interface Runtime {
  config: Config;
  database: Database;
  log: pino.Logger;
}

/** Opens the configured database and applies pending migrations: every command starts here. */
export async function openRuntime(): Promise<Runtime> {
  const config = loadConfig();
  // Logs go to stderr: stdout carries command output that scripts capture (such as a new API key).
  const log = pino({ level: config.logLevel }, pino.destination(2));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  if (!(await enableTenantRole(database))) {
    log.warn(`Row-level security is not enforced: this database user cannot use the ${tenantRoleName} role (see ARCHITECTURE.md)`);
  }
  return { config, database, log };
}

/** better-auth for a CLI command, on the runtime's database and secret. */
export async function authFor(rt: Runtime) {
  const secret = await resolveSecret(rt.database.db, rt.config.secret);
  return createAuth({ db: rt.database.db, baseUrl: rt.config.baseUrl, secret, log: rt.log });
}

export type Flags = Record<string, string | boolean | undefined>;

/** Command-line flags through a zod schema; each problem names its flag. */
export function parseFlags<T extends z.ZodType>(schema: T, flags: Flags): z.output<T> {
  const r = schema.safeParse(flags);
  if (!r.success) throw new Error(r.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
}

/** A command acting in a workspace (by id, slug or name) as its owner, recorded as `label` in the audit log. */
export async function workspaceCtx(rt: Runtime, ref: string, label: string): Promise<Ctx> {
  const db = rt.database.db;
  const [ws] = await findWorkspacesByRef(db, ref);
  if (!ws) throw new Error(`No workspace named "${ref}"`);
  return { db, workspaceId: ws.id, actor: { type: 'system', id: await findOwnerUserId(db, ws.id), label }, role: 'owner', via: 'cli', log: rt.log };
}

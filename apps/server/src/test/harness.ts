import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { ApiKeyScope, Contact, Page, Role } from '@rapport/contracts';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Auth } from '../platform/auth/auth.js';
import { enableTenantRole, openDatabase, type Database } from '../platform/db.js';
import { jobs } from '../jobs.js';
import { drainInbox } from '../modules/events/index.js';
import { commerceEventConsumer } from '../modules/commerce/index.js';
import { drainJourneys, journeyEventConsumer } from '../modules/journeys/index.js';
import { advanceCampaigns, creditConversions, deliverDue, type MessagingRuntime } from '../modules/messaging/index.js';
import { drainDirty } from '../modules/segments/index.js';
import { pino } from 'pino';
import { fileDatabase } from './file-database.js';

/**
 * A real app on a real database: in-memory PGlite per test file, or, with DATABASE_URL, a
 * PostgreSQL database of the file's own on that server (see `fileDatabase`).
 */
export interface Harness {
  app: FastifyInstance;
  auth: Auth;
  routes: string[];
  database: Database;
  config: Config;
  /** Waits until the jobs sent so far have finished. */
  settled(): Promise<void>;
  /** Processes every tracked event waiting in the inbox, as the event processor would. */
  processEvents(): Promise<number>;
  /** Evaluates the segments of every contact queued since, as the segment worker would. */
  processSegments(): Promise<number>;
  /** Delivers every message due now, as the send worker would. */
  processSends(): Promise<number>;
  /** Runs campaign steps until none is due. */
  processCampaigns(): Promise<number>;
  /** Credits queued orders to the messages clicked before them. */
  processConversions(): Promise<number>;
  /** Enrols from queued segment and model signals, then runs every journey step due now, as the journey worker would. */
  processJourneys(): Promise<number>;
  messaging: MessagingRuntime;
  close(): Promise<void>;
}

/** Runs a worker's step until it finds nothing to do; returns how much it did. */
async function untilIdle(step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let n = await step(); n > 0; n = await step()) total += n;
  return total;
}

const silentLog = pino({ level: 'silent' });

/** `env` adds settings, as the environment would (an SMTP server's URL). */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const own = process.env.DATABASE_URL ? await fileDatabase(process.env.DATABASE_URL) : null;
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    RAPPORT_SECRET: 'test-secret-test-secret-test-secret-1234',
    ...(own ? { DATABASE_URL: own.url } : {}),
    ...env,
  });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: null });
  await database.migrate();
  // Tests run the way production does: tenant transactions under the row-level-security role.
  if (!(await enableTenantRole(database))) throw new Error('the tenant role is not usable');
  // Jobs run in this process as soon as they are sent, the way a worker would pick them up.
  const pending = new Set<Promise<void>>();
  const enqueue = async (name: string, data: object) => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job ${name}`);
    const run = job.handler(data, { database, log: silentLog }).finally(() => pending.delete(run));
    pending.add(run);
  };
  const { app, auth, routes, messaging } = await buildApp({ config, database, enqueue, serveWeb: false });
  await app.ready();
  return {
    app,
    auth,
    routes,
    database,
    config,
    settled: async () => {
      while (pending.size) await Promise.all(pending);
    },
    processEvents: () => drainInbox(database, silentLog, [commerceEventConsumer, journeyEventConsumer]),
    processJourneys: () => drainJourneys(database, silentLog),
    processSegments: () => drainDirty(database),
    processSends: () => untilIdle(() => deliverDue(database, messaging)),
    processCampaigns: () => untilIdle(() => advanceCampaigns(database)),
    processConversions: () => untilIdle(() => creditConversions(database)),
    messaging,
    close: async () => {
      while (pending.size) await Promise.all(pending);
      await app.close();
      await database.close();
      await own?.drop();
    },
  };
}

export const uniqueEmail = (tag = 'user') => `${tag}-${randomUUID().slice(0, 8)}@example.com`;
export const password = 'correct-horse-battery';

/** A signed-in member: send `headers` with app.inject to act as them. */
export interface Session {
  userId: string;
  email: string;
  workspaceId: string;
  headers: Record<string, string>;
}

/** A Cookie header from a response's Set-Cookie values; later values of the same name win (set-active refreshes the session cookie). */
export function cookieFrom(res: LightMyRequestResponse): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const jar = new Map(list.map((c) => c.split(';')[0]!.split('=')).map(([k, ...v]) => [k!, v.join('=')]));
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
}

export async function login(h: Harness, email: string, pw = password): Promise<Record<string, string>> {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: pw } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return { ...cookieFrom(res), 'x-rapport-client': 'web' };
}

/** A new user who owns a new workspace, signed in with it active. */
export async function newWorkspace(h: Harness, name = 'Test workspace'): Promise<Session> {
  const email = uniqueEmail('owner');
  const { user } = await h.auth.api.signUpEmail({ body: { email, password, name: 'Owner' } });
  const org = await h.auth.api.createOrganization({ body: { name, slug: `ws-${randomUUID().slice(0, 12)}`, userId: user.id } });
  if (!org) throw new Error('workspace not created');
  return { userId: user.id, email, workspaceId: org.id, headers: await login(h, email) };
}

/** Adds a new user to `owner`'s workspace with `role`, signed in. */
export async function newMember(h: Harness, owner: Session, role: Role): Promise<Session> {
  const email = uniqueEmail(role);
  const { user } = await h.auth.api.signUpEmail({ body: { email, password, name: role } });
  await h.auth.api.addMember({ body: { userId: user.id, role, organizationId: owner.workspaceId } });
  return { userId: user.id, email, workspaceId: owner.workspaceId, headers: await login(h, email) };
}

export async function newApiKey(h: Harness, owner: Session, scopes: ApiKeyScope[]): Promise<Record<string, string>> {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'test', scopes } });
  if (res.statusCode !== 201) throw new Error(`api key failed: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ key: string }>().key}` };
}

/** app.inject with JSON in and out, as a given caller. */
export function call(h: Harness, as: Record<string, string> | null, method: InjectOptions['method'], url: string, payload?: unknown) {
  return h.app.inject({ method, url, headers: as ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** The HTTP Basic header of a source's write key, as Segment's SDKs send it. */
export const writeKeyAuth = (writeKey: string) => ({ authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` });

/** The contacts of `s`'s workspace with this external id (a tracked userId). */
export async function contactsByExternalId(h: Harness, s: Session, externalId: string): Promise<Contact[]> {
  const filter = { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'externalId', op: 'eq', value: externalId }] };
  const res = await call(h, s.headers, 'POST', '/api/v1/contacts/query', { filter });
  if (res.statusCode !== 200) throw new Error(`contact query failed: ${res.statusCode} ${res.body}`);
  return res.json<Page<Contact>>().data;
}

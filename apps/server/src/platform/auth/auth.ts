import { randomBytes } from 'node:crypto';
import { apiKey } from '@better-auth/api-key';
import argon2 from 'argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db.js';
import { ac, accessRoles } from './access.js';
import { authSchema, instanceSecrets } from './schema.js';

/** API keys carry this prefix so they are recognisable in logs and secret scanners. */
export const apiKeyPrefix = 'rk_';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const argon2Options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface AuthOptions {
  db: Db;
  baseUrl: string;
  secret: string;
  log?: Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
}

/** Expected refusals that better-auth logs as errors; for Rapport they are ordinary 401s. */
const routineRefusals = /failed to validate api key/i;

export function createAuth({ db, baseUrl, secret, log }: AuthOptions) {
  return betterAuth({
    logger: {
      disabled: !log,
      log: (level, message, ...args) => {
        if (!log) return;
        const at = routineRefusals.test(message) ? 'debug' : level;
        log[at]({ args }, `better-auth: ${message}`);
      },
    },
    appName: 'Rapport',
    baseURL: baseUrl,
    basePath: '/api/auth',
    secret,
    database: drizzleAdapter(db, { provider: 'pg', schema: authSchema }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: {
        hash: (password) => argon2.hash(password, argon2Options),
        verify: ({ hash, password }) => argon2.verify(hash, password),
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: 'rapport',
      useSecureCookies: baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    // Rapport calls better-auth server-side and rate-limits its own login route.
    rateLimit: { enabled: false },
    plugins: [
      organization({
        ac,
        roles: accessRoles,
        creatorRole: 'owner',
        allowUserToCreateOrganization: true,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
        // Invitations are shared as links until messaging exists.
        sendInvitationEmail: async () => {},
      }),
      apiKey({
        references: 'organization',
        defaultPrefix: apiKeyPrefix,
        defaultKeyLength: 40,
        enableMetadata: false,
        rateLimit: { enabled: false },
        // Every use writes the key's last-used time (two of a key check's three round trips).
        // deferUpdates would move them off the response path; measured sequentially it did not
        // change latency (npm run bench -- api), so the simpler synchronous write stays.
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The installation's signing secret: from config when given, else generated once and kept in the database. */
export async function resolveSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insert(instanceSecrets)
    .values({ name: 'auth', value: randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, 'auth'));
  if (!row) throw new Error('instance secret missing after insert');
  return row.value;
}

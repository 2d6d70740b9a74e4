import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  RAPPORT_DATA_DIR: z.string().min(1).default('./data'),
  /** Public URL of this server; used for links and the trusted origin of cookie-authenticated writes. */
  RAPPORT_BASE_URL: z.url().optional(),
  /** Signs session cookies. Generated and kept in the data dir when not given. */
  RAPPORT_SECRET: z.string().min(32).optional(),
  /** Set when behind a reverse proxy, so client IPs (rate limits) and the protocol come from X-Forwarded-*. */
  RAPPORT_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  /** The largest import file accepted, in megabytes. */
  RAPPORT_IMPORT_MAX_MB: z.coerce.number().positive().max(1024).default(50),
  /** Tracked events waiting to be stored beyond which the tracking API answers 503; default 100,000 (20,000 on PGlite). */
  RAPPORT_INGEST_MAX_PENDING: z.coerce.number().int().min(1).max(10_000_000).optional(),
  /** An SMTP server for email (smtp://user:pass@host:587, smtps://…); without one, mail is kept in the outbox. */
  RAPPORT_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of email: "Shop <news@shop.example>"; by default no-reply at the base URL's host. */
  RAPPORT_MAIL_FROM: z.string().min(3).max(300).optional(),
  /** Let outbound webhooks reach private and loopback addresses (an internal service); off, they are refused. */
  RAPPORT_WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false', '1', '0']).default('false'),
  RAPPORT_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  baseUrl: string;
  secret: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  importMaxBytes: number;
  ingestMaxPending: number | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  allowPrivateWebhooks: boolean;
  /** Days the outbox keeps captured mail (the sends' records stay). */
  outboxRetentionDays: number;
  isTest: boolean;
}

/** The only reader of process.env. Fails fast with every invalid variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.RAPPORT_DATA_DIR),
    baseUrl: (e.RAPPORT_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secret: e.RAPPORT_SECRET,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.RAPPORT_TRUST_PROXY === 'true' || e.RAPPORT_TRUST_PROXY === '1',
    importMaxBytes: Math.round(e.RAPPORT_IMPORT_MAX_MB * 1024 * 1024),
    ingestMaxPending: e.RAPPORT_INGEST_MAX_PENDING,
    smtpUrl: e.RAPPORT_SMTP_URL,
    mailFrom: e.RAPPORT_MAIL_FROM ?? `Rapport <no-reply@${new URL(e.RAPPORT_BASE_URL ?? 'http://localhost').hostname}>`,
    allowPrivateWebhooks: e.RAPPORT_WEBHOOKS_ALLOW_PRIVATE === 'true' || e.RAPPORT_WEBHOOKS_ALLOW_PRIVATE === '1',
    outboxRetentionDays: e.RAPPORT_OUTBOX_RETENTION_DAYS,
    isTest: e.NODE_ENV === 'test',
  };
}

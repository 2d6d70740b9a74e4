import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { messagingSettingsInputSchema, type MessagingSettings, type MessagingSettingsInput } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace, type Db } from '../../platform/db.js';
import type { Sealer } from '../../platform/secrets.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { messagingSettings } from './messaging.schema.js';

/** The settings as stored: secrets sealed, never returned. */
export interface StoredSettings {
  sender: { fromName: string; fromAddress: string; replyTo: string | null } | null;
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  frequencyCap: { count: number; days: number } | null;
  conversionWindowDays: number;
  sms:
    | { provider: 'generic'; url: string; sender: string | null; sealedToken: string | null }
    | { provider: 'mitake'; baseUrl: string | null; username: string; sealedPassword: string | null }
    | null;
  line: { sealedToken: string | null; baseUrl: string | null } | null;
  sealedWebhookSecret: string | null;
  /** The double opt-in confirmation template, made on first use. */
  optInTemplateId?: string | null;
}

export const defaultSettings: StoredSettings = {
  sender: null,
  timeZone: 'UTC',
  quietHours: null,
  frequencyCap: null,
  conversionWindowDays: 5,
  sms: null,
  line: null,
  sealedWebhookSecret: null,
};

/** The settings a send obeys; defaults until the workspace saves its own. */
export async function findSettings(tx: Db, workspaceId: string): Promise<StoredSettings> {
  const [row] = await tx.select({ settings: messagingSettings.settings }).from(messagingSettings).where(eq(messagingSettings.workspaceId, workspaceId));
  return row ? { ...defaultSettings, ...(row.settings as Partial<StoredSettings>) } : defaultSettings;
}

async function store(tx: Db, workspaceId: string, s: StoredSettings) {
  await tx
    .insert(messagingSettings)
    .values({ workspaceId, settings: s as unknown as Record<string, unknown> })
    .onConflictDoUpdate({ target: messagingSettings.workspaceId, set: { settings: s as unknown as Record<string, unknown>, updatedAt: new Date() } });
}

/** Remembers the workspace's double opt-in template. */
export async function saveOptInTemplate(tx: Db, workspaceId: string, templateId: string): Promise<void> {
  await store(tx, workspaceId, { ...(await findSettings(tx, workspaceId)), optInTemplateId: templateId });
}

/** Standard Webhooks' secret format: whsec_ and the key in base64. */
const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/**
 * The workspace's webhook signing secret: the one it rotated to, else one derived from the
 * installation's secret, so reading it never writes.
 */
export async function webhookSecretOf(tx: Db, workspaceId: string, sealer: Sealer): Promise<string> {
  const s = await findSettings(tx, workspaceId);
  if (s.sealedWebhookSecret) return sealer.open(s.sealedWebhookSecret);
  return `whsec_${sealer.derive(`webhook-secret:${workspaceId}`).subarray(0, 24).toString('base64')}`;
}

/** Replaces the webhook signing secret; receivers need the new one from now on. */
export async function rotateWebhookSecret(ctx: Ctx, sealer: Sealer): Promise<MessagingSettings> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const secret = newWebhookSecret();
    const next = { ...(await findSettings(tx, ctx.workspaceId)), sealedWebhookSecret: sealer.seal(secret) };
    await store(tx, ctx.workspaceId, next);
    await recordAudit(tx, ctx, { entity: 'messaging_settings', entityId: ctx.workspaceId, action: 'update', changes: { webhookSecret: { before: 'set', after: 'rotated' } } });
    return toSettings(next, secret);
  });
}

function toSettings(s: StoredSettings, webhookSecret: string): MessagingSettings {
  return {
    sender: s.sender,
    timeZone: s.timeZone,
    quietHours: s.quietHours,
    frequencyCap: s.frequencyCap,
    conversionWindowDays: s.conversionWindowDays,
    sms: s.sms
      ? s.sms.provider === 'generic'
        ? { provider: 'generic', url: s.sms.url, username: null, sender: s.sms.sender, hasSecret: Boolean(s.sms.sealedToken) }
        : { provider: 'mitake', url: s.sms.baseUrl, username: s.sms.username, sender: null, hasSecret: Boolean(s.sms.sealedPassword) }
      : null,
    line: s.line ? { hasToken: Boolean(s.line.sealedToken), baseUrl: s.line.baseUrl ?? null } : null,
    webhookSecret,
  };
}

export async function getMessagingSettings(ctx: Ctx, sealer: Sealer): Promise<MessagingSettings> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const secret = await webhookSecretOf(tx, ctx.workspaceId, sealer);
    return toSettings(await findSettings(tx, ctx.workspaceId), secret);
  });
}

/**
 * Saves the settings. Secrets are write-only: one left out keeps the saved value, so a form that
 * never saw the token can still save the rest.
 */
export async function saveMessagingSettings(ctx: Ctx, input: MessagingSettingsInput, sealer: Sealer): Promise<MessagingSettings> {
  const d = messagingSettingsInputSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const secret = await webhookSecretOf(tx, ctx.workspaceId, sealer);
    const before = await findSettings(tx, ctx.workspaceId);
    const keep = (given: string | null | undefined, sealed: string | null | undefined) => (given === null ? null : given ? sealer.seal(given) : (sealed ?? null));
    const sms: StoredSettings['sms'] = !d.sms
      ? null
      : d.sms.provider === 'generic'
        ? { provider: 'generic', url: d.sms.url, sender: d.sms.sender ?? null, sealedToken: keep(d.sms.token, before.sms?.provider === 'generic' ? before.sms.sealedToken : null) }
        : {
            provider: 'mitake',
            baseUrl: d.sms.baseUrl ?? null,
            username: d.sms.username,
            sealedPassword: keep(d.sms.password, before.sms?.provider === 'mitake' ? before.sms.sealedPassword : null),
          };
    const next: StoredSettings = {
      sender: d.sender ? { fromName: d.sender.fromName, fromAddress: d.sender.fromAddress, replyTo: d.sender.replyTo ?? null } : null,
      timeZone: d.timeZone,
      quietHours: d.quietHours ?? null,
      frequencyCap: d.frequencyCap ?? null,
      conversionWindowDays: d.conversionWindowDays,
      sms,
      line: d.line ? { sealedToken: keep(d.line.channelAccessToken, before.line?.sealedToken), baseUrl: d.line.baseUrl ?? null } : null,
      sealedWebhookSecret: before.sealedWebhookSecret,
      optInTemplateId: before.optInTemplateId ?? null,
    };
    await store(tx, ctx.workspaceId, next);
    // Secrets appear in the log only as whether one is set.
    const shown = (x: StoredSettings) => ({ ...toSettings(x, ''), webhookSecret: undefined });
    await recordAudit(tx, ctx, { entity: 'messaging_settings', entityId: ctx.workspaceId, action: 'update', changes: diffFields(shown(before), shown(next)) });
    return toSettings(next, secret);
  });
}

import type { Config } from '../../config.js';
import type { Db } from '../../platform/db.js';
import { createSealer, type Sealer } from '../../platform/secrets.js';
import type { ChannelProvider } from './channels/channel.js';
import { createGenericSmsProvider, createLineProvider, createMitakeSmsProvider, createWebhookProvider } from './channels/index.js';
import { createLinkSigners, type LinkSigners } from './messaging.links.js';
import { createMailer, type Mailer } from './messaging.mail.js';
import { webhookSecretOf, type StoredSettings } from './messaging.settings.js';

/** A provider of a channel other than email. */
export type OtherProvider = ChannelProvider<'sms'> | ChannelProvider<'line'> | ChannelProvider<'webhook'>;

/** What sending needs beyond the database, made once per process. */
export interface MessagingRuntime {
  mailer: Mailer;
  sealer: Sealer;
  links: LinkSigners;
  /** The workspace's provider for a channel other than email, or null when it has none set up. */
  providerFor(tx: Db, workspaceId: string, channel: 'sms' | 'line' | 'webhook', settings: StoredSettings): Promise<OtherProvider | null>;
  close(): void;
}

export interface MessagingRuntimeOptions {
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'baseUrl' | 'allowPrivateWebhooks'>;
  secret: string;
}

export function createMessagingRuntime({ config, secret }: MessagingRuntimeOptions): MessagingRuntime {
  const sealer = createSealer(secret);
  const mailer = createMailer(config);
  return {
    mailer,
    sealer,
    links: createLinkSigners(config.baseUrl, secret),
    async providerFor(tx, workspaceId, channel, settings) {
      if (channel === 'webhook') {
        const webhookSecret = await webhookSecretOf(tx, workspaceId, sealer);
        return createWebhookProvider({ secret: webhookSecret, allowPrivateNetworks: config.allowPrivateWebhooks });
      }
      if (channel === 'line') {
        const token = settings.line?.sealedToken;
        return token ? createLineProvider({ channelAccessToken: sealer.open(token), ...(settings.line?.baseUrl ? { baseUrl: settings.line.baseUrl } : {}) }) : null;
      }
      const sms = settings.sms;
      if (!sms) return null;
      if (sms.provider === 'generic') {
        return createGenericSmsProvider({ url: sms.url, token: sms.sealedToken ? sealer.open(sms.sealedToken) : undefined, sender: sms.sender ?? undefined });
      }
      return createMitakeSmsProvider({
        ...(sms.baseUrl ? { baseUrl: sms.baseUrl } : {}),
        username: sms.username,
        password: sms.sealedPassword ? sealer.open(sms.sealedPassword) : '',
      });
    },
    close: () => mailer.close(),
  };
}

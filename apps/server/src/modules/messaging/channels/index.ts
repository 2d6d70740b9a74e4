export type { Channel, ChannelProvider, Delivery, DeliveryResult, Rendered } from './channel.js';
export { createGenericSmsProvider, type GenericSmsConfig } from './sms-generic.js';
export { createMitakeSmsProvider, toMitakeNumber, MITAKE_DEFAULT_BASE_URL, MITAKE_STATUS, type MitakeSmsConfig } from './sms-mitake.js';
export { createLineProvider, multicast, LINE_DEFAULT_BASE_URL, LINE_MULTICAST_LIMIT, type LineConfig, type LineMessages, type LineProvider } from './line.js';
export { createWebhookProvider, generateWebhookSecret, verifyWebhookSignature, isPrivateAddress, type WebhookConfig } from './webhook.js';

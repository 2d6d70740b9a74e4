import type { MessageChannel } from '@rapport/contracts';

export const messagingKeys = {
  all: ['messaging'] as const,
  templates: () => [...messagingKeys.all, 'templates'] as const,
  templateList: (channel: MessageChannel | undefined) => [...messagingKeys.templates(), 'list', channel ?? 'all'] as const,
  template: (id: string) => [...messagingKeys.templates(), 'detail', id] as const,
  versions: (id: string) => [...messagingKeys.templates(), 'versions', id] as const,
  preview: () => [...messagingKeys.all, 'preview'] as const,
  outbox: () => [...messagingKeys.all, 'outbox'] as const,
  outboxList: () => [...messagingKeys.outbox(), 'list'] as const,
  outboxMessage: (id: string) => [...messagingKeys.outbox(), 'detail', id] as const,
  settings: () => [...messagingKeys.all, 'settings'] as const,
};

export const templatesPath = '/api/v1/message-templates';
export const templatePath = (id: string) => `${templatesPath}/${encodeURIComponent(id)}`;
export const settingsPath = '/api/v1/messaging/settings';

import type { MessageChannel } from '@rapport/contracts';
import { isChannel } from './model/draft';

export interface TemplatesSearch {
  channel?: MessageChannel | undefined;
}

/** /messages/templates?channel=sms: the list's channel filter, so a link keeps it. */
export const validateTemplatesSearch = (search: Record<string, unknown>): TemplatesSearch => (isChannel(search.channel) ? { channel: search.channel } : {});

export interface NewTemplateSearch {
  channel: MessageChannel;
}

/** /messages/templates/new?channel=line: the channel of the new template, email unless named. */
export const validateNewTemplateSearch = (search: Record<string, unknown>): NewTemplateSearch => ({ channel: isChannel(search.channel) ? search.channel : 'email' });

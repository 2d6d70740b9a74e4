import { Stack, TextInput, Textarea } from '@mantine/core';
import type { MessageContent } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { codeStyles, type ContentFieldsProps } from './bind';

type Webhook = Extract<MessageContent, { channel: 'webhook' }>;

/** Where to POST, and the JSON body (Liquid outputs in it are escaped as JSON strings). */
export function WebhookFields({ bind }: ContentFieldsProps<Webhook>) {
  const { t } = useTranslation('messaging');
  return (
    <Stack gap="sm">
      <TextInput label={t('webhook.url')} required placeholder="https://" {...bind('url')} data-testid="webhook-url" />
      <Textarea label={t('webhook.body')} description={t('webhook.bodyHint')} required autosize minRows={8} maxRows={30} spellCheck={false} styles={codeStyles} {...bind('body')} data-testid="webhook-body" />
    </Stack>
  );
}

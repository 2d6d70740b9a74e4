import { Stack, Textarea } from '@mantine/core';
import type { MessageContent } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { SmsCounter } from '../SmsCounter';
import type { ContentFieldsProps } from './bind';

type Sms = Extract<MessageContent, { channel: 'sms' }>;

/** The text, with what it costs as typed; the preview counts it again once the variables are filled in. */
export function SmsFields({ content, bind }: ContentFieldsProps<Sms>) {
  const { t } = useTranslation('messaging');
  return (
    <Stack gap={4}>
      <Textarea label={t('sms.text')} required autosize minRows={4} maxRows={12} {...bind('text')} data-testid="sms-text" />
      <SmsCounter text={content.text} testId="sms-count" />
    </Stack>
  );
}

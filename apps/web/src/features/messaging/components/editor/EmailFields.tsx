import { Stack, TextInput, Textarea } from '@mantine/core';
import type { MessageContent } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { codeStyles, type ContentFieldsProps } from './bind';

type Email = Extract<MessageContent, { channel: 'email' }>;

/** Subject, preheader, the MJML body and an optional plain-text part. */
export function EmailFields({ bind }: ContentFieldsProps<Email>) {
  const { t } = useTranslation('messaging');
  return (
    <Stack gap="sm">
      <TextInput label={t('email.subject')} required {...bind('subject')} data-testid="email-subject" />
      <TextInput label={t('email.preheader')} description={t('email.preheaderHint')} {...bind('preheader')} data-testid="email-preheader" />
      <Textarea
        label={t('email.mjml')}
        description={t('email.mjmlHint')}
        required
        autosize
        minRows={12}
        maxRows={32}
        spellCheck={false}
        styles={codeStyles}
        {...bind('mjml')}
        data-testid="email-mjml"
      />
      <Textarea label={t('email.text')} description={t('email.textHint')} autosize minRows={3} maxRows={12} {...bind('text')} data-testid="email-text" />
    </Stack>
  );
}

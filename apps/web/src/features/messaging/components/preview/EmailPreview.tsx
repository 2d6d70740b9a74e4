import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HtmlFrame } from '../HtmlFrame';

interface Props {
  subject: string;
  preheader: string | null;
  html: string;
}

/** The subject and preheader as an inbox lists them, above the rendered body. */
export function EmailPreview({ subject, preheader, html }: Props) {
  const { t } = useTranslation('messaging');
  return (
    <Stack gap="xs">
      <div>
        <Text size="xs" c="dimmed">
          {t('email.subject')}
        </Text>
        <Text fw={600} data-testid="preview-subject" style={{ overflowWrap: 'anywhere' }}>
          {subject}
        </Text>
        {preheader ? (
          <Text size="sm" c="dimmed" data-testid="preview-preheader" style={{ overflowWrap: 'anywhere' }}>
            {preheader}
          </Text>
        ) : null}
      </div>
      <HtmlFrame html={html} title={t('preview.emailFrame')} testId="preview-html" />
    </Stack>
  );
}

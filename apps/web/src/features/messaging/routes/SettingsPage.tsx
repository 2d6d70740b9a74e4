import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canConfigure, useRole } from '../../auth';
import { useMessagingSettings } from '../api/settings';
import { MessagingSettingsForm } from '../components/settings/MessagingSettingsForm';

/** Sender, sending rules, SMS and LINE providers and the webhook signing secret; managers and above change them. */
export function MessagingSettingsPage() {
  const { t } = useTranslation('messaging');
  const settings = useMessagingSettings();
  const editable = canConfigure(useRole());
  return (
    <Stack gap="lg">
      {!editable ? (
        <Alert variant="light" color="gray" icon={<IconLock size={16} />} p="xs">
          <Text size="sm">{t('settings.readOnly')}</Text>
        </Alert>
      ) : null}
      {settings.isPending ? <Skeleton h={320} radius="md" /> : null}
      {settings.isError ? <QueryError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? <MessagingSettingsForm settings={settings.data} editable={editable} /> : null}
    </Stack>
  );
}

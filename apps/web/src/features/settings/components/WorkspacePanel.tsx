import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { canAdminister, useRole } from '../../auth';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../api/workspace-settings';

/** Workspace-wide settings. Today: the region that phone numbers without a country code belong to. */
export function WorkspacePanel() {
  const { t, i18n } = useTranslation('settings');
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const editable = canAdminister(useRole());
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });

  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const regions = (settings.data?.availableRegions ?? []).map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));

  return (
    <Paper withBorder radius="md" p="lg" maw={560}>
      <Stack gap="sm">
        <Title order={4}>{t('workspace.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('workspace.description')}
        </Text>
        <Select
          label={t('workspace.defaultRegion')}
          description={t('workspace.defaultRegionHint')}
          placeholder={t('workspace.noRegion')}
          data={regions}
          value={settings.data?.defaultRegion ?? null}
          searchable
          clearable
          disabled={!editable || settings.isPending || update.isPending}
          onChange={(defaultRegion) =>
            update.mutate({ defaultRegion }, { onSuccess: () => notifySuccess(t('workspace.saved')), onError: notifyError })
          }
        />
      </Stack>
    </Paper>
  );
}

import { Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { QueryError } from '../../../ui/QueryError';
import { canAdminister, useRole } from '../../auth';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../api/workspace-settings';
import { LifecycleStagesEditor } from './LifecycleStagesEditor';

/** Workspace-wide settings: the region of phone numbers without a country code, and the lifecycle stages. */
export function WorkspacePanel() {
  const { t, i18n } = useTranslation('settings');
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const editable = canAdminister(useRole());
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });

  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const regions = (settings.data?.availableRegions ?? []).map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));

  return (
    <Stack gap="lg">
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
              update.mutate({ defaultRegion }, { onSuccess: () => notifySuccess(t('workspace.saved')) })
            }
          />
        </Stack>
      </Paper>
      {settings.data ? (
        // Keyed by the saved stages and the language, so a save or a language switch starts the editor afresh.
        <LifecycleStagesEditor
          key={`${i18n.language}:${JSON.stringify(settings.data.lifecycleStages)}`}
          settings={settings.data}
          editable={editable}
        />
      ) : (
        <Skeleton h={240} radius="md" maw={720} />
      )}
    </Stack>
  );
}

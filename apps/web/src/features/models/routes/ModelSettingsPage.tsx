import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canConfigure, useRole } from '../../auth';
import { useModelSettings, useNasldReport } from '../api/models';
import { RecomputeButton } from '../components/RecomputeButton';
import { LifecycleRulesCard } from '../components/settings/LifecycleRulesCard';
import { NasldSettingsCard } from '../components/settings/NasldSettingsCard';
import { RfmRulesCard } from '../components/settings/RfmRulesCard';
import { canonicalJson } from '../model/segment-definitions';

/**
 * The model settings, a card per part, each saved on its own. A card remounts when its saved part
 * changes, so it starts again from what the server kept.
 */
export function ModelSettingsPage() {
  const { t } = useTranslation('models');
  const settings = useModelSettings();
  // For the preview of the NASLD limits in days; the settings work without it.
  const report = useNasldReport();
  const editable = canConfigure(useRole());
  const data = settings.data;

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!data) return <Skeleton h={480} radius="md" />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" maw={920} wrap="wrap">
        <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 280 }}>
          {t('settings.intro')}{' '}
          <Anchor component={Link} to="/segments/rfm" size="sm">
            {t('nav.rfm')}
          </Anchor>
          {' · '}
          <Anchor component={Link} to="/segments/nasld" size="sm">
            {t('nav.nasld')}
          </Anchor>
        </Text>
        <RecomputeButton />
      </Group>
      <NasldSettingsCard key={canonicalJson(data.nasld)} settings={data.nasld} cycle={report.data?.workspaceCycleDays ?? null} editable={editable} />
      <RfmRulesCard key={canonicalJson(data.rfm)} rules={data.rfm.rules} editable={editable} />
      <LifecycleRulesCard key={canonicalJson(data.lifecycle)} settings={data.lifecycle} editable={editable} />
    </Stack>
  );
}

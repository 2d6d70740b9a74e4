import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RecomputeResult } from '@rapport/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canWrite, useRole } from '../../auth';
import { useRecomputeModels } from '../api/models';
import { formatCount } from '../model/format';

function Timings({ result }: { result: RecomputeResult }) {
  const { t, i18n } = useTranslation('models');
  const n = (v: number) => formatCount(v, i18n.language);
  const lines = [
    t('computed.timings.rfm', { scored: n(result.rfm.scored), ms: n(result.rfm.ms) }),
    t('computed.timings.nasld', { contacts: n(result.nasld.contacts), changed: n(result.nasld.changed), ms: n(result.nasld.ms) }),
    t('computed.timings.lifecycle', { changed: n(result.lifecycle.changed), ms: n(result.lifecycle.ms) }),
    t('computed.timings.segments', { recomputed: n(result.segments.recomputed), ms: n(result.segments.ms) }),
  ];
  return (
    <Stack gap={2} data-testid="recompute-timings">
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

/** Runs every model, the lifecycle rules and all segments now, and reports how long each took. */
export function RecomputeButton() {
  const { t } = useTranslation('models');
  const recompute = useRecomputeModels();
  if (!canWrite(useRole())) return null;
  const run = () =>
    recompute.mutate(undefined, {
      onSuccess: (result) => notifications.show({ color: 'teal', title: t('computed.done'), message: <Timings result={result} />, autoClose: 8000 }),
    });
  return (
    <Button leftSection={<IconRefresh size={16} />} loading={recompute.isPending} onClick={run} data-testid="models-recompute">
      {t('computed.recompute')}
    </Button>
  );
}

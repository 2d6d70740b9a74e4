import { Group, Paper, Text, Title } from '@mantine/core';
import type { Campaign, CampaignResults } from '@rapport/contracts';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { ChannelBadge } from '../../../messaging';
import { useCancelCampaign } from '../../api/cancel-campaign';
import { canCancel, canEndTest } from '../../model/status';
import { StatusBadge } from '../StatusBadge';
import { EndTestButton } from './EndTestButton';

interface Props {
  campaign: Campaign;
  results: CampaignResults | undefined;
  queued: number;
  writable: boolean;
}

/** The campaign's name, status and channel, with Cancel while it is running and End test while its test is. */
export function CampaignHeader({ campaign, results, queued, writable }: Props) {
  const { t } = useTranslation('campaigns');
  const cancel = useCancelCampaign(campaign.id);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" wrap="wrap" gap="md">
        <Group gap="sm" wrap="wrap">
          <Title order={3} data-testid="campaign-title">
            {campaign.name}
          </Title>
          <StatusBadge status={campaign.status} />
          <ChannelBadge channel={campaign.channel} />
          {campaign.purpose === 'transactional' ? (
            <Text size="xs" c="dimmed">
              {t('purposes.transactional')}
            </Text>
          ) : null}
        </Group>
        {writable ? (
          <Group gap="sm">
            {canEndTest(campaign) ? <EndTestButton campaign={campaign} results={results} /> : null}
            {canCancel(campaign.status, queued) ? (
              <ConfirmButton
                leftSection={<IconPlayerStop size={16} />}
                label={t('detail.cancel')}
                title={t('detail.cancelTitle', { name: campaign.name })}
                message={t('detail.cancelMessage')}
                confirmLabel={t('detail.cancel')}
                loading={cancel.isPending}
                data-testid="campaign-cancel"
                onConfirm={() => cancel.mutateAsync().then(() => notifySuccess(t('detail.cancelled', { name: campaign.name })))}
              />
            ) : null}
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

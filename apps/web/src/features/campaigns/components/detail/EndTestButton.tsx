import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Campaign, CampaignResults } from '@rapport/contracts';
import { IconPlayerSkipForward, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../../lib/notify';
import { useEndTest } from '../../api/end-test';
import { formatRate } from '../../model/results';

interface Props {
  /** A campaign still testing (see `canEndTest`). */
  campaign: Campaign;
  results: CampaignResults | undefined;
}

/** Ends a running A/B test before its wait is over: the best so far by the test's metric, or a variant picked here, goes to the rest. */
export function EndTestButton({ campaign, results }: Props) {
  const { t, i18n } = useTranslation(['campaigns', 'common']);
  const [opened, { open, close }] = useDisclosure(false);
  const endTest = useEndTest(campaign.id);
  const metric = campaign.abTest?.metric ?? 'open';
  const metricName = t(`metricNames.${metric}`);
  const rateOf = new Map((results?.variants ?? []).map((v) => [v.variant, metric === 'open' ? v.openRate : v.clickRate]));
  const rest = Math.max(0, 100 - campaign.holdoutPercent - (campaign.abTest?.testPercent ?? 0));
  const pending = (winner: string | undefined) => endTest.isPending && endTest.variables.winner === winner;

  const end = (winner?: string) =>
    endTest.mutateAsync(winner ? { winner } : {}).then(
      (ended) => {
        close();
        notifySuccess(ended.winner ? t('detail.endTest.ended', { name: ended.name, variant: ended.winner }) : t('detail.endTest.endedNoWinner', { name: ended.name }));
      },
      // The mutation already reported the error; the dialog stays open for another choice.
      () => undefined,
    );

  return (
    <>
      <Button variant="light" color="grape" leftSection={<IconPlayerSkipForward size={16} />} onClick={open} data-testid="end-test">
        {t('detail.endTest.action')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('detail.endTest.title', { name: campaign.name })} centered>
        <Stack gap="sm">
          <Text size="sm">{t('detail.endTest.message', { percent: rest })}</Text>
          <Button leftSection={<IconTrophy size={16} />} loading={pending(undefined)} disabled={endTest.isPending && !pending(undefined)} onClick={() => void end()} data-testid="end-test-best">
            {t('detail.endTest.best', { metric: metricName })}
          </Button>
          <Divider label={t('detail.endTest.orPick')} labelPosition="center" />
          {campaign.variants.map(({ key }) => (
            <Button
              key={key}
              variant="default"
              justify="space-between"
              rightSection={
                <Text span size="xs" c="dimmed" ff="monospace">
                  {t('detail.endTest.rate', { rate: formatRate(rateOf.get(key), i18n.language), metric: metricName })}
                </Text>
              }
              loading={pending(key)}
              disabled={endTest.isPending && !pending(key)}
              onClick={() => void end(key)}
              data-testid={`end-test-${key}`}
            >
              {t('detail.endTest.sendVariant', { variant: key })}
            </Button>
          ))}
          <Group justify="flex-end" mt="xs">
            <Button variant="subtle" color="gray" onClick={close}>
              {t('detail.endTest.keep')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

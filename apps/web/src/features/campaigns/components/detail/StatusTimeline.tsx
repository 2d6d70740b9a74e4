import { Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import type { Campaign } from '@rapport/contracts';
import { IconCheck, IconClock, IconLoader2, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import { timelineSteps, type TimelineStep } from '../../model/timeline';

/** Where the campaign stands: scheduled, launched, the test's end and its winner, sent (or cancelled). */
export function StatusTimeline({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const steps = timelineSteps(campaign);
  const active = steps.reduce((last, s, i) => (s.state !== 'upcoming' ? i : last), 0);
  const number = new Intl.NumberFormat(lng);

  const detail = (s: TimelineStep): string | null => {
    switch (s.key) {
      case 'scheduled':
        if (!s.at) return null;
        return campaign.schedule.kind === 'local' ? t('timeline.localFrom', { time: formatDateTime(s.at, lng), local: campaign.schedule.time }) : t('timeline.for', { time: formatDateTime(s.at, lng) });
      case 'launched':
        return campaign.audienceSize !== null ? t('timeline.audience', { count: campaign.audienceSize, size: number.format(campaign.audienceSize) }) : null;
      case 'testEnds':
        return campaign.abTest ? t('timeline.testBy', { metric: t(`metricNames.${campaign.abTest.metric}`), hours: campaign.abTest.waitHours }) : null;
      case 'winner':
        return campaign.winner ? t('timeline.winnerIs', { variant: campaign.winner }) : null;
      default:
        return null;
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="md">
        {t('timeline.title')}
      </Title>
      <Timeline active={active} bulletSize={24} lineWidth={2} data-testid="campaign-timeline">
        {steps.map((s) => (
          <Timeline.Item
            key={s.key}
            title={t(`timeline.steps.${s.key}`)}
            bullet={<Bullet step={s} />}
            data-testid="timeline-step"
            data-step={s.key}
            data-state={s.state}
          >
            {detail(s) ? (
              <Text size="sm" c="dimmed">
                {detail(s)}
              </Text>
            ) : null}
            {s.key === 'winner' && campaign.winnerReason ? (
              <Text size="xs" c="dimmed" data-testid="winner-reason">
                {campaign.winnerReason}
              </Text>
            ) : null}
            {s.at && s.key !== 'scheduled' ? (
              <Text size="xs" c="dimmed" mt={2}>
                {formatDateTime(s.at, lng)}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

function Bullet({ step }: { step: TimelineStep }) {
  if (step.key === 'cancelled')
    return (
      <ThemeIcon size={24} radius="xl" color="red">
        <IconX size={14} />
      </ThemeIcon>
    );
  if (step.state === 'done')
    return (
      <ThemeIcon size={24} radius="xl" color="teal">
        <IconCheck size={14} />
      </ThemeIcon>
    );
  if (step.state === 'current')
    return (
      <ThemeIcon size={24} radius="xl" color="blue">
        <IconLoader2 size={14} />
      </ThemeIcon>
    );
  return (
    <ThemeIcon size={24} radius="xl" color="gray" variant="light">
      <IconClock size={14} />
    </ThemeIcon>
  );
}

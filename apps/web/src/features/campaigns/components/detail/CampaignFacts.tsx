import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Campaign } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { AnchorLink } from '../../../../ui/AnchorLink';
import { useCouponPool } from '../../../coupons';
import { poolLabel } from '../../model/pool-label';
import { useSegments } from '../../../segments';
import { useChannelTemplates } from '../../api/templates';

/** What the campaign was set to do: its audience, its variants (templates at their frozen versions), timing and coupon. */
export function CampaignFacts({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const segments = useSegments();
  const templates = useChannelTemplates(campaign.channel);
  const pool = useCouponPool(campaign.couponPoolId);
  const segmentName = new Map((segments.data ?? []).map((s) => [s.id, s.name]));
  const templateName = new Map((templates.data ?? []).map((x) => [x.id, x.name]));
  const s = campaign.schedule;
  const segmentLinks = (ids: string[]) =>
    ids.map((id) => (
      <AnchorLink key={id} to="/segments/$segmentId" params={{ segmentId: id }} size="sm">
        {segmentName.get(id) ?? t('editor.deletedSegment')}
      </AnchorLink>
    ));
  const total = campaign.variants.reduce((sum, v) => sum + v.weight, 0);

  const facts: { key: 'include' | 'exclude' | 'schedule' | 'test' | 'holdout' | 'coupon'; value: ReactNode }[] = [
    { key: 'include', value: <Group gap="xs">{segmentLinks(campaign.audience.include)}</Group> },
    ...(campaign.audience.exclude.length ? [{ key: 'exclude' as const, value: <Group gap="xs">{segmentLinks(campaign.audience.exclude)}</Group> }] : []),
    {
      key: 'schedule',
      value: s.kind === 'now' ? t('confirm.now') : s.kind === 'at' ? t('confirm.at', { time: formatDateTime(s.at, lng) }) : t('confirm.local', { date: formatDate(`${s.date}T12:00:00`, lng), time: s.time }),
    },
    {
      key: 'test',
      value: campaign.abTest
        ? t('detail.testSummary', { percent: campaign.abTest.testPercent, metric: t(`metricNames.${campaign.abTest.metric}`), hours: campaign.abTest.waitHours })
        : t('detail.noTest'),
    },
    { key: 'holdout', value: `${campaign.holdoutPercent}%` },
    { key: 'coupon', value: campaign.couponPoolId ? poolLabel(pool.data, pool.isError, t) : t('editor.noCoupon') },
  ];

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Title order={5}>{t('detail.setup')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          {facts.map((f) => (
            <Stack gap={2} key={f.key}>
              <Text size="xs" c="dimmed">
                {t(`detail.facts.${f.key}`)}
              </Text>
              <Text size="sm" component="div">
                {f.value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('detail.facts.variants')}
          </Text>
          {campaign.variants.map((v) => (
            <Group key={v.key} gap="xs" wrap="nowrap">
              <Badge variant="light" radius="sm" w={32}>
                {v.key}
              </Badge>
              {/* Only a draft has a variant without a template, and a draft opens in the editor instead. */}
              {v.templateId ? (
                <AnchorLink to="/messages/templates/$templateId" params={{ templateId: v.templateId }} size="sm">
                  {templateName.get(v.templateId) ?? t('editor.deletedTemplate')}
                </AnchorLink>
              ) : (
                <Text size="sm">–</Text>
              )}
              <Text size="xs" c="dimmed">
                {t('detail.version', { version: v.templateVersion })} · {Math.round((v.weight / (total || 1)) * 100)}%
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

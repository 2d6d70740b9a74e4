import { Sparkline } from '@mantine/charts';
import { Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { trendPoints } from '../model/trend';
import { AutoTagBadge, KindBadge } from './SegmentBadges';

/** Segments and lists with their size, a 30-day trend and when they were last computed. */
export function SegmentsTable({ segments }: { segments: Segment[] }) {
  const { t, i18n } = useTranslation('segments');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="segments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.kind')}</Table.Th>
            <Table.Th>{t('list.autoTag')}</Table.Th>
            <Table.Th ta="right">{t('list.size')}</Table.Th>
            <Table.Th w={140}>{t('list.trend')}</Table.Th>
            <Table.Th>{t('list.computed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {segments.map((s) => {
            const points = trendPoints(s.trend, s.size);
            return (
              <Table.Tr key={s.id} data-testid="segment-row">
                <Table.Td maw={360}>
                  <Stack gap={0}>
                    <AnchorLink to="/segments/$segmentId" params={{ segmentId: s.id }} fw={500} size="sm">
                      {s.name}
                    </AnchorLink>
                    {s.description ? (
                      <Text size="xs" c="dimmed" truncate>
                        {s.description}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={s.kind} />
                </Table.Td>
                <Table.Td>{s.autoTag ? <AutoTagBadge tag={s.autoTag} /> : null}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {number.format(s.size)}
                </Table.Td>
                <Table.Td>
                  <Group gap={0} role="img" aria-label={t('list.trendLabel', { from: number.format(points[0] ?? 0), to: number.format(s.size) })}>
                    <Sparkline w={120} h={28} data={points} curveType="monotone" trendColors={{ positive: 'teal.6', negative: 'red.6', neutral: 'gray.5' }} fillOpacity={0.2} strokeWidth={1.5} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  {s.computedAt ? (
                    <Tooltip label={formatDateTime(s.computedAt, lng)}>
                      <Text size="sm" c="dimmed" component="span">
                        {formatRelative(s.computedAt, lng)}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('list.never')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

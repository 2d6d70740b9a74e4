import { Badge, Drawer, Table, Text, Tooltip } from '@mantine/core';
import type { JourneyDefinition, JourneyRun } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../../lib/format';
import { flattenPages } from '../../../../lib/pagination';
import { AnchorLink } from '../../../../ui/AnchorLink';
import { LoadMore } from '../../../../ui/LoadMore';
import { QueryError } from '../../../../ui/QueryError';
import { useJourneyRuns } from '../../api/runs';
import { stepTitle } from '../summary';

const runColor: Record<JourneyRun['status'], string> = { active: 'blue', completed: 'teal', exited: 'gray', failed: 'red' };

/** Contacts in or through the journey: where each is, since when, and how it ended. */
export function RunsDrawer({ journeyId, definition, opened, onClose }: { journeyId: string; definition: JourneyDefinition; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('journeys');
  const runs = useJourneyRuns(journeyId, opened);
  const rows = flattenPages(runs.data);
  const step = (id: string | null) => {
    const s = definition.steps.find((x) => x.id === id);
    return s ? stepTitle(t, s) : (id ?? '—');
  };
  return (
    <Drawer opened={opened} onClose={onClose} title={t('runs.title')} position="right" size="xl">
      {runs.isError ? <QueryError error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.isSuccess && !rows.length ? <Text c="dimmed">{t('runs.empty')}</Text> : null}
      {rows.length ? (
        <Table verticalSpacing="xs" data-testid="runs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('runs.contact')}</Table.Th>
              <Table.Th>{t('runs.status')}</Table.Th>
              <Table.Th>{t('runs.step')}</Table.Th>
              <Table.Th>{t('runs.entered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="run-row">
                <Table.Td>
                  <AnchorLink to="/contacts/$contactId" params={{ contactId: r.contactId }} size="sm" ff="monospace">
                    {r.contactId.slice(0, 8)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={runColor[r.status]}>
                    {t(`runs.statuses.${r.status}`)}
                  </Badge>
                  {r.exitReason ? (
                    <Text size="xs" c="dimmed">
                      {r.exitReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.stepId ? step(r.stepId) : '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {t('editor.version', { version: r.version })}
                    {r.waiting ? ` · ${t('runs.waiting')}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={formatDateTime(r.enteredAt, i18n.language)}>
                    <Text size="sm" c="dimmed" component="span">
                      {formatRelative(r.enteredAt, i18n.language)}
                    </Text>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <LoadMore hasNextPage={runs.hasNextPage} isFetchingNextPage={runs.isFetchingNextPage} onLoadMore={() => void runs.fetchNextPage()} />
    </Drawer>
  );
}

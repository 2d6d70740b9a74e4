import { Stack, Table, Text, Tooltip } from '@mantine/core';
import type { Journey } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { useJourneyStats } from '../api/stats';
import { StatusBadge } from './StatusBadge';

/** Entered, in progress and converted of a journey that has run; a draft has had no one. */
function Counts({ journey }: { journey: Journey }) {
  const { i18n } = useTranslation('journeys');
  const ran = journey.status !== 'draft';
  const stats = useJourneyStats(journey.id, undefined, { enabled: ran, totalsOnly: true });
  const n = new Intl.NumberFormat(i18n.language);
  const cell = (v: number | undefined, key: string) => (
    <Table.Td ta="right" ff="monospace" data-testid={`journey-${key}`}>
      {v === undefined ? '—' : n.format(v)}
    </Table.Td>
  );
  return (
    <>
      {cell(ran ? stats.data?.entered : undefined, 'entered')}
      {cell(ran ? stats.data?.active : undefined, 'active')}
      {cell(ran ? stats.data?.converted : undefined, 'converted')}
    </>
  );
}

/** Journeys with their status, version, figures and when they last changed. */
export function JourneysTable({ journeys }: { journeys: Journey[] }) {
  const { t, i18n } = useTranslation('journeys');
  const lng = i18n.language;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="journeys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.version')}</Table.Th>
            <Table.Th ta="right">{t('list.entered')}</Table.Th>
            <Table.Th ta="right">{t('list.active')}</Table.Th>
            <Table.Th ta="right">{t('list.converted')}</Table.Th>
            <Table.Th>{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {journeys.map((j) => (
            <Table.Tr key={j.id} data-testid="journey-row" data-id={j.id}>
              <Table.Td maw={360}>
                <Stack gap={0}>
                  <AnchorLink to="/journeys/$journeyId" params={{ journeyId: j.id }} fw={500} size="sm">
                    {j.name}
                  </AnchorLink>
                  {j.description ? (
                    <Text size="xs" c="dimmed" truncate>
                      {j.description}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={j.status} />
              </Table.Td>
              <Table.Td>{t('editor.version', { version: j.version })}</Table.Td>
              <Counts journey={j} />
              <Table.Td>
                <Tooltip label={formatDateTime(j.updatedAt, lng)}>
                  <Text size="sm" c="dimmed" component="span">
                    {formatRelative(j.updatedAt, lng)}
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

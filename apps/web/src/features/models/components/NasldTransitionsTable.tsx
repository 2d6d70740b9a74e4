import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { NasldReport } from '@rapport/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../model/format';
import { isNasldState, stateColors } from '../model/nasld';
import { useModelLabels } from './use-labels';

function StateBadge({ state }: { state: string | null }) {
  const labels = useModelLabels();
  if (!isNasldState(state)) return <Text size="sm">{state ?? '—'}</Text>;
  return (
    <Badge color={stateColors[state]} variant="light" radius="sm" tt="none">
      {labels.state(state)}
    </Badge>
  );
}

/** Who moved from which state to which in the last 30 days, the largest moves first. */
export function NasldTransitionsTable({ transitions }: { transitions: NasldReport['transitions'] }) {
  const { t, i18n } = useTranslation('models');
  const lng = i18n.language;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('nasld.transitions.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('nasld.transitions.hint')}
          </Text>
        </div>
        {transitions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="nasld-transitions-empty">
            {t('nasld.transitions.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="nasld-transitions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nasld.transitions.change')}</Table.Th>
                <Table.Th ta="right">{t('nasld.transitions.contacts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...transitions]
                .sort((a, b) => b.contacts - a.contacts)
                .map((tr) => (
                  <Table.Tr key={`${tr.from}→${tr.to}`}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <StateBadge state={tr.from} />
                        <IconArrowRight size={14} aria-label={t('nasld.transitions.to')} />
                        <StateBadge state={tr.to} />
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(tr.contacts, lng)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

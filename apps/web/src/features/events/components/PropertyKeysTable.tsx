import { Code, Progress, Table, Text } from '@mantine/core';
import type { EventCatalogEntry } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatRelative } from '../../../lib/format';

/** The property keys of one event name: how many of its events carried each, and when last. */
export function PropertyKeysTable({ entry }: { entry: EventCatalogEntry }) {
  const { t, i18n } = useTranslation('events');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Table verticalSpacing={4} withRowBorders={false} maw={720} data-testid="event-properties">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('catalog.propertyKey')}</Table.Th>
          <Table.Th ta="right">{t('catalog.seenIn')}</Table.Th>
          <Table.Th w={140} />
          <Table.Th>{t('catalog.lastSeen')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entry.properties.map((p) => {
          // The two counts are kept apart; never draw a bar past full.
          const share = entry.count > 0 ? Math.min(1, p.count / entry.count) : 0;
          return (
            <Table.Tr key={p.key}>
              <Table.Td>
                <Code>{p.key}</Code>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{number.format(p.count)}</Text>
              </Table.Td>
              <Table.Td>
                <Progress value={share * 100} size="sm" aria-label={percent.format(share)} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatRelative(p.lastSeenAt, lng)}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

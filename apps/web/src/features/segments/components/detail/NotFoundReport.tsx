import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The values that matched no contact, and why (the server's words). */
export function NotFoundReport({ rows }: { rows: { value: string; reason: string }[] }) {
  const { t } = useTranslation('segments');
  return (
    <>
      <Text size="sm" mb="xs">
        {t('addMembers.notFound', { count: rows.length })}
      </Text>
      <ScrollArea.Autosize mah={240}>
        <Table verticalSpacing={2} fz="sm" data-testid="list-not-found">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('addMembers.value')}</Table.Th>
              <Table.Th>{t('addMembers.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.value}>
                <Table.Td ff="monospace">{r.value}</Table.Td>
                <Table.Td>{r.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}

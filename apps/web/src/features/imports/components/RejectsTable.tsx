import { Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { rejectsCsvUrl, useImportRejects } from '../api/import-rejects';

interface RejectsTableProps {
  importId: string;
  /** The file's columns, for showing each row's values in file order. */
  headers: string[];
  /** The run's finish time: a new run reads its own rejects. */
  run: string | null;
  /** How many to show; with `paged`, more load on demand. */
  limit?: number;
  paged?: boolean;
}

/** "Name: Ada · Email: x", in the file's column order; a row that could not be split shows its raw text. */
function rowValues(values: Record<string, string>, headers: string[]): string {
  const keys = [...headers.filter((h) => h in values), ...Object.keys(values).filter((k) => !headers.includes(k))];
  return keys
    .filter((k) => values[k])
    .map((k) => `${k}: ${values[k]}`)
    .join(' · ');
}

/** Rejected rows with the reason and the row's values, and the CSV of them all. */
export function RejectsTable({ importId, headers, run, limit = 10, paged = false }: RejectsTableProps) {
  const { t } = useTranslation('imports');
  const query = useImportRejects(importId, run, { limit });
  const rejects = flattenPages(query.data);
  const shown = paged ? rejects : rejects.slice(0, limit);

  if (query.isPending) return <Skeleton h={120} radius="md" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (rejects.length === 0) return null;
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('rejects.title')}</Text>
        <Button
          component="a"
          href={rejectsCsvUrl(importId)}
          download
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          data-testid="import-rejects-download"
        >
          {t('rejects.download')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="xs" striped data-testid="import-rejects">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('rejects.row')}</Table.Th>
              <Table.Th>{t('rejects.reason')}</Table.Th>
              <Table.Th>{t('rejects.values')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.rowNumber} style={{ verticalAlign: 'top' }}>
                <Table.Td>{r.rowNumber}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="red">
                    {r.reason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {rowValues(r.values, headers)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paged ? (
        <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}

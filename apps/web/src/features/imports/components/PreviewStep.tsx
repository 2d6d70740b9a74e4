import { Alert, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import type { Import, ImportPreview } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { previewHeaders } from '../mapping';
import { EncodingSelect } from './EncodingSelect';

interface PreviewStepProps {
  preview: ImportPreview;
  imp: Import;
  /** The preview is reloading after an encoding change. */
  refreshing: boolean;
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** Step 2: the file as the server reads it: format, encoding, row count and the first rows. */
export function PreviewStep({ preview, imp, refreshing }: PreviewStepProps) {
  const { t, i18n } = useTranslation('imports');
  const headers = previewHeaders(preview, imp.headers);
  return (
    <Stack gap="md">
      <Group gap="xl" align="flex-end">
        <Fact label={t('preview.file')} value={imp.filename} />
        <Fact label={t('preview.format')} value={imp.format.toUpperCase()} testId="import-format" />
        <Fact
          label={t('preview.totalRows')}
          value={imp.totalRows === null ? '—' : new Intl.NumberFormat(i18n.language).format(imp.totalRows)}
          testId="import-total-rows"
        />
        {imp.format === 'csv' ? <EncodingSelect imp={imp} /> : null}
      </Group>
      {!refreshing && headers.join('\n') !== imp.headers.join('\n') ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="import-encoding-headers">
          {t('preview.headersChanged')}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('preview.firstRows', { count: preview.rows.length })}
      </Text>
      {refreshing ? (
        <Skeleton h={200} radius="md" />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={Math.max(600, headers.length * 140)} maxHeight={420}>
            <Table striped stickyHeader verticalSpacing={6} fz="sm" data-testid="import-preview-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>#</Table.Th>
                  {headers.map((h) => (
                    <Table.Th key={h} style={{ whiteSpace: 'nowrap' }}>
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row, i) => (
                  <Table.Tr key={i}>
                    <Table.Td c="dimmed">{i + 1}</Table.Td>
                    {headers.map((h) => (
                      <Table.Td key={h} style={{ maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                        {row[h] ?? ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

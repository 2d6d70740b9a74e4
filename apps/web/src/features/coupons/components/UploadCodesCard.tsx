import { Alert, Button, FileButton, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/notify';
import { useUploadCouponCodes } from '../api/upload-codes';
import { maxCodesPerUpload, parseCodeLines } from '../model/codes';

/** Codes pasted or read from a CSV file (one per line), sent in one request; each rejected code is listed with why. */
export function UploadCodesCard({ poolId }: { poolId: string }) {
  const { t, i18n } = useTranslation('coupons');
  const number = new Intl.NumberFormat(i18n.language);
  const [text, setText] = useState('');
  const upload = useUploadCouponCodes(poolId);
  const lines = parseCodeLines(text);
  const codes = lines.map((l) => l.code);
  // The lines of the codes last sent, to say where each refused one was.
  const [sentLines, setSentLines] = useState<number[]>([]);
  const tooMany = codes.length > maxCodesPerUpload;
  const result = upload.data;
  const rejected = result?.results.filter((r) => r.status === 'rejected') ?? [];

  const readFile = (file: File | null) => {
    if (file) void file.text().then(setText);
  };
  const submit = () => {
    setSentLines(lines.map((l) => l.line));
    upload.mutate(codes, { onSuccess: (r) => (r.rejected === 0 ? setText('') : undefined) });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('upload.title')}>
      <Stack gap="sm">
        <div>
          <Title order={5}>{t('upload.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('upload.hint')}
          </Text>
        </div>
        <Textarea
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t('upload.placeholder')}
          autosize
          minRows={4}
          maxRows={12}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={tooMany ? t('upload.tooMany', { max: number.format(maxCodesPerUpload) }) : undefined}
          data-testid="upload-codes-text"
        />
        <Group justify="space-between">
          <FileButton onChange={readFile} accept=".csv,.txt,text/csv,text/plain">
            {(props) => (
              <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props} data-testid="upload-codes-file">
                {t('upload.file')}
              </Button>
            )}
          </FileButton>
          <Button leftSection={<IconUpload size={16} />} onClick={submit} disabled={!codes.length || tooMany} loading={upload.isPending} data-testid="upload-codes">
            {t('upload.submit', { count: codes.length })}
          </Button>
        </Group>
        {upload.isError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />}>
            {errorMessage(upload.error)}
          </Alert>
        ) : null}
        {result ? (
          <Alert color={result.rejected ? 'orange' : 'teal'} variant="light" icon={result.rejected ? <IconAlertTriangle size={16} /> : <IconCheck size={16} />} data-testid="upload-result" data-added={result.added} data-rejected={result.rejected}>
            {t('upload.result', { added: number.format(result.added), rejected: number.format(result.rejected) })}
          </Alert>
        ) : null}
        {rejected.length ? (
          <Table.ScrollContainer minWidth={480} mah={320}>
            <Table verticalSpacing={4} data-testid="upload-rejected">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('upload.line')}</Table.Th>
                  <Table.Th>{t('codes.code')}</Table.Th>
                  <Table.Th>{t('upload.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rejected.map((r) => (
                  <Table.Tr key={r.index} data-testid="rejected-code">
                    <Table.Td ff="monospace">{sentLines[r.index] ?? r.index + 1}</Table.Td>
                    <Table.Td ff="monospace">{r.code ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="red">
                        {r.reason}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}

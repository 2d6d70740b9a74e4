import { Alert, Button, FileButton, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { IconFileUpload, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../../lib/notify';
import { useAddListMembers, type AddMembersResult } from '../../api/list-members';
import { bestColumn, chunk, columnValues, guessMatchBy, parseCsv, splitValues, type CsvColumns, type MatchBy } from '../../model/member-input';
import { MembersTable } from './MembersTable';
import { NotFoundReport } from './NotFoundReport';

const matchKinds: MatchBy[] = ['emails', 'externalIds', 'contactIds'];

/** A static list's members: add them by pasting keys or from a CSV column, and take picked ones off. */
export function ListMembersEditor({ segment }: { segment: Segment }) {
  const { t } = useTranslation('segments');
  const add = useAddListMembers(segment.id);
  const [text, setText] = useState('');
  const [csv, setCsv] = useState<{ file: string; cols: CsvColumns; column: number } | null>(null);
  const [chosenMatch, setChosenMatch] = useState<MatchBy | null>(null);
  const [result, setResult] = useState<AddMembersResult | null>(null);
  const [sending, setSending] = useState(false);
  const values = splitValues(text);
  // The guess follows what was pasted until the user picks a kind themselves.
  const matchBy = chosenMatch ?? guessMatchBy(values);

  const pickColumn = (cols: CsvColumns, column: number, file: string) => {
    setCsv({ file, cols, column });
    setText(columnValues(cols, column).join('\n'));
  };
  const upload = async (file: File | null) => {
    if (!file) return;
    try {
      const cols = await parseCsv(await file.text());
      pickColumn(cols, bestColumn(cols), file.name);
    } catch (error) {
      notifyError(error);
    }
  };

  // Sent in slices the API accepts, one after the other, and counted together.
  const submit = async () => {
    setSending(true);
    const total: AddMembersResult = { added: 0, alreadyMembers: 0, notFound: [] };
    try {
      for (const part of chunk(values)) {
        const r = await add.mutateAsync({ [matchBy]: part });
        total.added += r.added;
        total.alreadyMembers += r.alreadyMembers;
        total.notFound.push(...r.notFound);
      }
      setText('');
      setCsv(null);
    } catch {
      // The mutation reported the failure; what was added before it still counts.
    } finally {
      setResult(total);
      setSending(false);
    }
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={5}>{t('addMembers.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('addMembers.hint')}
          </Text>
          <Textarea
            aria-label={t('addMembers.paste')}
            placeholder={t('addMembers.placeholder')}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="list-paste"
          />
          <Group gap="sm" wrap="wrap">
            <FileButton onChange={(f) => void upload(f)} accept=".csv,text/csv,text/plain">
              {(props) => (
                <Button {...props} variant="default" size="xs" leftSection={<IconFileUpload size={14} />}>
                  {t('addMembers.upload')}
                </Button>
              )}
            </FileButton>
            {csv && csv.cols.names.length > 1 ? (
              <Select
                size="xs"
                w={220}
                aria-label={t('addMembers.column')}
                data={csv.cols.names.map((n, i) => ({ value: String(i), label: csv.cols.hasHeader ? n : t('addMembers.columnN', { n }) }))}
                value={String(csv.column)}
                onChange={(v) => v !== null && pickColumn(csv.cols, Number(v), csv.file)}
                allowDeselect={false}
              />
            ) : null}
            {csv ? (
              <Text size="xs" c="dimmed">
                {csv.file}
              </Text>
            ) : null}
          </Group>
          <Group justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Text size="sm">{t('addMembers.matchBy')}</Text>
              <SegmentedControl size="xs" value={matchBy} onChange={(v) => setChosenMatch(v as MatchBy)} data={matchKinds.map((k) => ({ value: k, label: t(`addMembers.${k}`) }))} />
            </Group>
            <Button leftSection={<IconUserPlus size={16} />} disabled={!values.length} loading={sending} onClick={() => void submit()} data-testid="list-add">
              {values.length ? t('addMembers.add', { count: values.length }) : t('addMembers.addEmpty')}
            </Button>
          </Group>
          {result ? (
            <Alert color={result.notFound.length ? 'yellow' : 'teal'} variant="light" title={t('addMembers.result', { added: result.added, already: result.alreadyMembers })} data-testid="list-add-result">
              {result.notFound.length ? <NotFoundReport rows={result.notFound} /> : null}
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <MembersTable segmentId={segment.id} removable />
      </Paper>
    </Stack>
  );
}

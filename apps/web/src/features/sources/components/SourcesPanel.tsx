import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canConfigure, useRole } from '../../auth';
import { useSources } from '../api/sources';
import { CreateSourceModal } from './CreateSourceModal';
import { SourceRejectsDrawer } from './SourceRejectsDrawer';
import { SourceSnippetModal } from './SourceSnippetModal';
import { SourcesTable } from './SourcesTable';

type Open = { id: string; panel: 'snippet' | 'rejects' } | null;

/** Settings → Sources: where events come from. Everyone may look; managers and above change them. */
export function SourcesPanel() {
  const { t } = useTranslation('events');
  const editable = canConfigure(useRole());
  const [createOpened, createModal] = useDisclosure(false);
  // Only the id is kept, so the panels show the source as the list has it now (a rotated key, say).
  const [open, setOpen] = useState<Open>(null);
  const query = useSources();
  const sources = query.data ?? [];
  const openSource = open ? (sources.find((s) => s.id === open.id) ?? null) : null;
  const close = () => setOpen(null);

  const addButton = editable ? (
    <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
      {t('sources.new')}
    </Button>
  ) : null;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Text size="sm" c="dimmed" maw={640}>
            {t('sources.description')}
          </Text>
          {addButton}
        </Group>
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <Skeleton h={160} radius="md" /> : null}
        {query.isSuccess && sources.length === 0 ? (
          <EmptyState icon={<IconPlugConnected size={28} />} variant="light" title={t('sources.empty')} description={t('sources.emptyHint')} py={40}>
            {addButton ? <EmptyState.Actions>{addButton}</EmptyState.Actions> : null}
          </EmptyState>
        ) : null}
        {sources.length > 0 ? (
          <SourcesTable
            sources={sources}
            editable={editable}
            onShowSnippet={(id) => setOpen({ id, panel: 'snippet' })}
            onShowRejects={(id) => setOpen({ id, panel: 'rejects' })}
          />
        ) : null}
      </Stack>
      <CreateSourceModal opened={createOpened} onClose={createModal.close} onCreated={(source) => setOpen({ id: source.id, panel: 'snippet' })} />
      <SourceSnippetModal source={open?.panel === 'snippet' ? openSource : null} onClose={close} />
      <SourceRejectsDrawer source={open?.panel === 'rejects' ? openSource : null} onClose={close} />
    </Paper>
  );
}

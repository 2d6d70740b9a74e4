import { EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useTemplates } from '../api/templates';
import { NewTemplateMenu } from '../components/NewTemplateMenu';
import { TemplatesTable } from '../components/TemplatesTable';
import { channels, isChannel } from '../model/draft';

const route = getRouteApi('/_app/messages/templates');

/** Every template of the workspace, newest first, filtered by channel. */
export function TemplatesPage() {
  const { t } = useTranslation('messaging');
  const writable = canWrite(useRole());
  const { channel } = route.useSearch();
  const navigate = route.useNavigate();
  const templates = useTemplates(channel);
  const rows = flattenPages(templates.data);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            value={channel ?? 'all'}
            onChange={(v) => void navigate({ search: isChannel(v) ? { channel: v } : {}, replace: true })}
            data={[{ value: 'all', label: t('list.allChannels') }, ...channels.map((c) => ({ value: c, label: t(`channels.${c}`) }))]}
            data-testid="channel-filter"
          />
          {writable ? <NewTemplateMenu /> : null}
        </Group>
        {templates.isError ? <QueryError error={templates.error} onRetry={() => void templates.refetch()} /> : null}
        {templates.isPending ? <Skeleton h={200} radius="md" /> : null}
        {templates.isSuccess && rows.length === 0 ? (
          <EmptyState py={48} icon={<IconTemplate size={28} />} variant="light" title={channel ? t('list.emptyChannel', { channel: t(`channels.${channel}`) }) : t('list.empty')} description={t('list.emptyHint')} />
        ) : null}
        {rows.length ? <TemplatesTable templates={rows} /> : null}
        <LoadMore hasNextPage={templates.hasNextPage} isFetchingNextPage={templates.isFetchingNextPage} onLoadMore={() => void templates.fetchNextPage()} />
      </Stack>
    </Paper>
  );
}

import { EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { QueryError } from '../../../ui/QueryError';
import { useOutboxMessage } from '../api/outbox-message';
import { BackLink } from '../components/BackLink';
import { OutboxMessageView } from '../components/OutboxMessageView';

const route = getRouteApi('/_app/messages/outbox/$messageId');

export function OutboxMessagePage() {
  const { t } = useTranslation('messaging');
  const { messageId } = route.useParams();
  const message = useOutboxMessage(messageId);
  const missing = message.isError && isApiError(message.error) && message.error.status === 404;
  return (
    <Stack gap="lg">
      <BackLink to="/messages/outbox" label={t('outbox.back')} />
      {message.isPending ? <Skeleton h={320} radius="md" /> : null}
      {missing ? <EmptyState icon={<IconMailOff size={28} />} variant="light" title={t('outbox.notFound')} description={t('outbox.notFoundHint')} py={48} /> : null}
      {message.isError && !missing ? <QueryError error={message.error} onRetry={() => void message.refetch()} /> : null}
      {message.data ? <OutboxMessageView message={message.data} /> : null}
    </Stack>
  );
}

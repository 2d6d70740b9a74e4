import { EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api';
import { AnchorLink } from './AnchorLink';
import { QueryError } from './QueryError';

interface RecordPageProps<T> {
  query: UseQueryResult<T>;
  /** The list this record belongs to, for the back link. */
  backTo: '/contacts' | '/companies' | '/segments';
  backLabel: string;
  notFound: { icon: ReactNode; title: string; hint: string };
  children: (record: T) => ReactNode;
}

/**
 * The frame of a record's page (contact, company, and later deal or ticket): a back link to its
 * list, a skeleton while it loads, "not found" for a 404 (another workspace's record included)
 * and a retry for other errors.
 */
export function RecordPage<T>({ query, backTo, backLabel, notFound, children }: RecordPageProps<T>) {
  const back = (
    <AnchorLink to={backTo} size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {backLabel}
      </Group>
    </AnchorLink>
  );

  if (query.isPending) return <Skeleton h={320} radius="md" />;
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        {back}
        {missing ? (
          <EmptyState icon={notFound.icon} variant="light" title={notFound.title} description={notFound.hint} py={48} />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      {children(query.data)}
    </Stack>
  );
}

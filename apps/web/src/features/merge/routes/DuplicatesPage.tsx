import { EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import type { DuplicatePair } from '@rapport/contracts';
import { IconArrowLeft, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useDuplicates } from '../api/duplicates';
import { DuplicatePairCard } from '../components/DuplicatePairCard';
import { MergeContactsModal } from '../components/MergeContactsModal';

/** Likely duplicate contacts, pair by pair, each one click from the merge dialog. */
export function DuplicatesPage() {
  const { t } = useTranslation('merge');
  const writable = canWrite(useRole());
  const query = useDuplicates();
  const [reviewing, setReviewing] = useState<DuplicatePair | null>(null);

  return (
    <Stack gap="md">
      <AnchorLink to="/contacts" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('backToContacts')}
        </Group>
      </AnchorLink>
      <PageHeader title={t('duplicates.title')} description={t('duplicates.description')} />
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={200} radius="md" /> : null}
      {query.isSuccess && query.data.length === 0 ? (
        <EmptyState py={48} icon={<IconUsers size={28} />} variant="light" title={t('duplicates.none')} description={t('duplicates.noneHint')} />
      ) : null}
      {query.data?.map((pair) => (
        <DuplicatePairCard key={`${pair.a.id}:${pair.b.id}`} pair={pair} onReview={writable ? () => setReviewing(pair) : undefined} />
      ))}
      {reviewing ? <MergeContactsModal a={reviewing.a} b={reviewing.b} opened onClose={() => setReviewing(null)} /> : null}
    </Stack>
  );
}

import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMemberDirectory } from '../api/members';
import type { BindInput } from './bind';

/** The workspace member who owns a record. */
export function OwnerSelect({ bind, path = 'ownerId' }: { bind: BindInput; path?: string }) {
  const { t } = useTranslation('fields');
  const members = useMemberDirectory();
  const data = (members.data ?? []).map((m) => ({ value: m.userId, label: `${m.name} <${m.email}>` }));
  return (
    <Select
      label={t('owner.label')}
      placeholder={t('owner.none')}
      data={data}
      searchable
      clearable
      disabled={members.isPending}
      {...bind(path)}
    />
  );
}

/** Looks up a member's name by user id; unknown ids (a member who left) get a placeholder. */
export function useOwnerName() {
  const { t } = useTranslation('fields');
  const members = useMemberDirectory();
  return (userId: string | null | undefined): string | null => {
    if (!userId) return null;
    return members.data?.find((m) => m.userId === userId)?.name ?? t('owner.unknown');
  };
}

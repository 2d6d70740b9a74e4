import { Group, Select, Skeleton, Table, Text } from '@mantine/core';
import { roles, type Member, type Role } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { flattenPages } from '../../../lib/pagination';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { RoleBadge } from '../../../ui/RoleBadge';
import { canAdminister, useMe } from '../../auth';
import { useMembers } from '../api/members';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';
import { NameAvatar } from '../../../ui/NameAvatar';

/** Workspace members; owners and admins change roles and remove people. */
export function MembersPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const query = useMembers();
  const members = flattenPages(query.data);

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton h={160} radius="md" />;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.joined')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const me = useMe();
  const myRole = me.workspace?.role ?? null;
  const update = useUpdateMember();
  const remove = useRemoveMember();
  const isSelf = member.userId === me.user.id;
  // Only an owner may touch an owner or hand out ownership; nobody edits their own row here.
  const editable = canAdminister(myRole) && !isSelf && (member.role !== 'owner' || myRole === 'owner');
  const assignable: readonly Role[] = myRole === 'owner' ? roles : roles.filter((r) => r !== 'owner');
  const roleOptions = assignable.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <NameAvatar name={member.name} radius="xl" size="md" />
          <div>
            <Text size="sm" fw={500}>
              {member.name} {isSelf ? <Text span c="dimmed" size="xs">({t('members.you')})</Text> : null}
            </Text>
            <Text size="xs" c="dimmed">
              {member.email}
            </Text>
          </div>
        </Group>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Select
            aria-label={t('members.roleOf', { name: member.name })}
            data={roleOptions}
            value={member.role}
            allowDeselect={false}
            w={160}
            size="xs"
            disabled={update.isPending}
            onChange={(value) => {
              const role = assignable.find((r) => r === value);
              if (!role) return;
              update.mutate(
                { id: member.id, role },
                { onSuccess: () => notifySuccess(t('members.roleChanged', { name: member.name })) },
              );
            }}
          />
        ) : (
          <RoleBadge role={member.role} />
        )}
      </Table.Td>
      <Table.Td>{formatDate(member.createdAt, i18n.language)}</Table.Td>
      <Table.Td>
        {editable ? (
          <Group justify="flex-end">
            <ConfirmButton
              size="xs"
              variant="subtle"
              label={t('members.remove')}
              title={t('members.removeTitle')}
              message={t('members.removeMessage', { name: member.name })}
              confirmLabel={t('members.remove')}
              loading={remove.isPending}
              onConfirm={() => remove.mutateAsync(member.id)}
            />
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

import { Checkbox, EmptyState, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { SegmentMember } from '@rapport/contracts';
import { IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../../lib/format';
import { notifySuccess } from '../../../../lib/notify';
import { flattenPages } from '../../../../lib/pagination';
import { AnchorLink } from '../../../../ui/AnchorLink';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { LoadMore } from '../../../../ui/LoadMore';
import { QueryError } from '../../../../ui/QueryError';
import { useRemoveListMembers } from '../../api/list-members';
import { useSegmentMembers } from '../../api/members';

function MemberRow({ member, selected, onSelect }: { member: SegmentMember; selected?: boolean; onSelect?: ((on: boolean) => void) | undefined }) {
  const { t, i18n } = useTranslation('segments');
  return (
    <Table.Tr data-testid="member-row" data-contact-id={member.contactId}>
      {onSelect ? (
        <Table.Td w={40}>
          <Checkbox aria-label={t('members.select', { name: member.displayName ?? member.email ?? '' })} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        </Table.Td>
      ) : null}
      <Table.Td>
        <AnchorLink to="/contacts/$contactId" params={{ contactId: member.contactId }} size="sm" fw={500}>
          {member.displayName || member.email || member.phone || t('unnamed')}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.email}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.phone}</Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={formatDateTime(member.enteredAt, i18n.language)}>
          <Text size="sm" c="dimmed" component="span">
            {formatRelative(member.enteredAt, i18n.language)}
          </Text>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

/** Current members, newest first, kept up to date while shown; with `removable`, rows can be picked and taken off the list. */
export function MembersTable({ segmentId, removable = false }: { segmentId: string; removable?: boolean }) {
  const { t } = useTranslation('segments');
  const query = useSegmentMembers(segmentId);
  const remove = useRemoveListMembers(segmentId);
  const [picked, setPicked] = useState<string[]>([]);
  const members = flattenPages(query.data);
  // Rows that left the list (removed here or elsewhere) drop out of the selection.
  const selected = picked.filter((id) => members.some((m) => m.contactId === id));
  const toggle = (id: string, on: boolean) => setPicked(on ? [...selected, id] : selected.filter((x) => x !== id));
  const allOn = members.length > 0 && selected.length === members.length;

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton h={160} radius="md" />;
  if (members.length === 0) return <EmptyState py={40} icon={<IconUsers size={26} />} variant="light" title={t('members.empty')} description={t('members.emptyHint')} />;

  return (
    <Stack gap="sm">
      {removable ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {selected.length ? t('members.selected', { count: selected.length }) : t('members.pickToRemove')}
          </Text>
          <ConfirmButton
            size="xs"
            leftSection={<IconTrash size={14} />}
            disabled={!selected.length}
            label={selected.length ? t('members.remove', { count: selected.length }) : t('members.removeEmpty')}
            title={t('members.removeTitle')}
            message={t('members.removeMessage', { count: selected.length })}
            confirmLabel={t('members.remove', { count: selected.length })}
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutateAsync(selected, {
                onSuccess: (r) => {
                  setPicked([]);
                  notifySuccess(t('members.removed', { count: r.removed }));
                },
              })
            }
          />
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              {removable ? (
                <Table.Th w={40}>
                  <Checkbox aria-label={t('members.selectAll')} checked={allOn} indeterminate={selected.length > 0 && !allOn} onChange={() => setPicked(allOn ? [] : members.map((m) => m.contactId))} />
                </Table.Th>
              ) : null}
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.phone')}</Table.Th>
              <Table.Th>{t('members.enteredAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <MemberRow key={m.contactId} member={m} selected={selected.includes(m.contactId)} onSelect={removable ? (on) => toggle(m.contactId, on) : undefined} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </Stack>
  );
}

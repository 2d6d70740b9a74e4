import { ActionIcon, Alert, CopyButton, Group, Paper, Skeleton, Table, Text, Title, Tooltip } from '@mantine/core';
import type { Invitation } from '@rapport/contracts';
import { IconCheck, IconCopy, IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { flattenPages } from '../../../lib/pagination';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { LoadMore } from '../../../ui/LoadMore';
import { QueryError } from '../../../ui/QueryError';
import { RoleBadge } from '../../../ui/RoleBadge';
import { useCancelInvitation } from '../api/cancel-invitation';
import { useInvitations } from '../api/invitations';
import { InviteForm } from './InviteForm';

/** The invitation page is on this origin; the API returns only its path. */
const fullLink = (link: string) => new URL(link, window.location.origin).toString();

export function InvitationsPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const [created, setCreated] = useState<Invitation | null>(null);
  const query = useInvitations();
  const pending = flattenPages(query.data).filter((i) => i.status === 'pending');

  return (
    <>
      <Paper withBorder radius="md" p="lg" mb="lg">
        <Title order={4} mb={4}>
          {t('invitations.newTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('invitations.newDescription')}
        </Text>
        <InviteForm onCreated={setCreated} />
        {created ? (
          <Alert
            mt="md"
            color="teal"
            variant="light"
            icon={<IconMailCheck size={18} />}
            title={t('invitations.createdTitle', { email: created.email })}
            withCloseButton
            closeButtonLabel={t('common:actions.close')}
            onClose={() => setCreated(null)}
          >
            <CopyField label={t('invitations.link')} description={t('invitations.linkHint')} value={fullLink(created.link)} />
          </Alert>
        ) : null}
      </Paper>

      <Title order={4} mb="sm">
        {t('invitations.pendingTitle')}
      </Title>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={120} radius="md" /> : null}
      {query.isSuccess && pending.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('invitations.none')}
        </Text>
      ) : null}
      {pending.length > 0 ? <InvitationsTable invitations={pending} /> : null}
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}

function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const cancel = useCancelInvitation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invitations.email')}</Table.Th>
            <Table.Th>{t('invitations.role')}</Table.Th>
            <Table.Th>{t('invitations.expires')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>{inv.email}</Table.Td>
              <Table.Td>
                <RoleBadge role={inv.role} />
              </Table.Td>
              <Table.Td>{formatDate(inv.expiresAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <CopyButton value={fullLink(inv.link)} timeout={2000}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? t('common:actions.copied') : t('invitations.copyLink')}>
                        <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('invitations.copyLink')}>
                          {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    label={t('invitations.cancel')}
                    title={t('invitations.cancelTitle')}
                    message={t('invitations.cancelMessage', { email: inv.email })}
                    confirmLabel={t('invitations.cancelConfirm')}
                    loading={cancel.isPending && cancel.variables === inv.id}
                    onConfirm={() => cancel.mutateAsync(inv.id)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

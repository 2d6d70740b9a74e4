import { Badge, Code, EmptyState, Paper, Skeleton, Table, Text, Title, Tooltip } from '@mantine/core';
import type { IdentityConflict } from '@rapport/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { QueryError } from '../../../ui/QueryError';
import { useIdentityConflicts } from '../api/identity-conflicts';

const reasonColors: Record<IdentityConflict['reason'], string> = { different_user_ids: 'orange', identity_limit: 'yellow' };

function ContactLink({ id }: { id: string | null }) {
  const { t } = useTranslation('events');
  if (!id) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Tooltip label={id}>
      <AnchorLink to="/contacts/$contactId" params={{ contactId: id }} size="sm">
        {t('identity.conflicts.openContact', { id: id.slice(-8) })}
      </AnchorLink>
    </Tooltip>
  );
}

/** Profiles identity resolution did not merge or extend, newest first, for someone to review. */
export function IdentityConflictsCard() {
  const { t, i18n } = useTranslation('events');
  const query = useIdentityConflicts();
  const conflicts = query.data ?? [];
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4}>{t('identity.conflicts.title')}</Title>
      <Text size="sm" c="dimmed" mt={4} mb="md" maw={720}>
        {t('identity.conflicts.description')}
      </Text>
      {query.isPending ? <Skeleton h={120} radius="md" /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && conflicts.length === 0 ? (
        <EmptyState icon={<IconCircleCheck size={26} />} variant="light" title={t('identity.conflicts.empty')} description={t('identity.conflicts.emptyHint')} py={32} />
      ) : null}
      {conflicts.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="identity-conflicts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('identity.conflicts.when')}</Table.Th>
                <Table.Th>{t('identity.conflicts.reason')}</Table.Th>
                <Table.Th>{t('identity.conflicts.identity')}</Table.Th>
                <Table.Th>{t('identity.conflicts.contact')}</Table.Th>
                <Table.Th>{t('identity.conflicts.otherContact')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t(`identity.conflicts.reasonHints.${c.reason}`)} multiline w={280}>
                      <Badge variant="light" color={reasonColors[c.reason]} radius="sm">
                        {t(`identity.conflicts.reasons.${c.reason}`)}
                      </Badge>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {c.kind}
                    </Text>
                    <Code style={{ overflowWrap: 'anywhere' }}>{c.value}</Code>
                  </Table.Td>
                  <Table.Td>
                    <ContactLink id={c.contactId} />
                  </Table.Td>
                  <Table.Td>
                    <ContactLink id={c.otherContactId} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}

import { Anchor, Badge, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { companyRoles, type CompanyRole } from '@rapport/contracts';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { AnchorLink } from '../../../ui/AnchorLink';
import { LoadMore } from '../../../ui/LoadMore';
import { NameAvatar } from '../../../ui/NameAvatar';
import { QueryError } from '../../../ui/QueryError';
import { useCompanyPeople } from '../api/company-people';

const isRole = (r: string | null): r is CompanyRole => r !== null && (companyRoles as readonly string[]).includes(r);

/** The contacts who work at a company, with their title, buying-committee role and email; sized for a side column. */
export function CompanyPeople({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const query = useCompanyPeople(companyId);
  const people = flattenPages(query.data);

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="md">
        {t('people.title')}
      </Title>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <Skeleton h={120} /> : null}
      {query.isSuccess && people.length === 0 ? (
        <EmptyState icon={<IconUsers size={24} />} variant="light" title={t('people.empty')} description={t('people.emptyHint')} py={24} />
      ) : null}
      {people.length > 0 ? (
        <Stack gap="sm">
          {people.map((p) => (
            <Group key={p.id} gap="sm" wrap="nowrap" align="flex-start">
              <NameAvatar name={p.name} radius="xl" size={34} />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6} wrap="wrap">
                  <AnchorLink to="/contacts/$contactId" params={{ contactId: p.id }} size="sm" fw={500}>
                    {p.name}
                  </AnchorLink>
                  {isRole(p.companyRole) ? (
                    <Badge size="xs" variant="light" color="grape" radius="sm">
                      {t(`roles.${p.companyRole}`)}
                    </Badge>
                  ) : null}
                </Group>
                {p.jobTitle ? (
                  <Text size="xs" c="dimmed">
                    {p.jobTitle}
                  </Text>
                ) : null}
                {p.email ? (
                  <Anchor size="xs" href={`mailto:${p.email}`} style={{ overflowWrap: 'anywhere' }}>
                    {p.email}
                  </Anchor>
                ) : null}
              </div>
            </Group>
          ))}
        </Stack>
      ) : null}
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </Paper>
  );
}

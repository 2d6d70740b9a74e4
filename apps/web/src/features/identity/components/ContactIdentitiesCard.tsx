import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { CopyAction } from '../../../ui/CopyAction';
import { QueryError } from '../../../ui/QueryError';
import { useContactIdentities, type ContactIdentity } from '../api/contact-identities';
import { builtInKinds } from '../identity-limits';

const shownPerKind = 3;

function groupByKind(identities: ContactIdentity[]): [string, ContactIdentity[]][] {
  const groups = new Map<string, ContactIdentity[]>();
  for (const identity of identities) groups.set(identity.kind, [...(groups.get(identity.kind) ?? []), identity]);
  return [...groups];
}

/** The ids events know this contact by (anonymous ids, LINE ids, external ids), by kind. */
export function ContactIdentitiesCard({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation('events');
  const query = useContactIdentities(contactId);
  const [expanded, setExpanded] = useState<string[]>([]);
  const kindLabel = (kind: string) => ((builtInKinds as readonly string[]).includes(kind) ? t(`identity.kinds.${kind as 'anonymous_id' | 'line'}`) : kind);

  return (
    <Paper withBorder radius="md" p="lg" data-testid="contact-identities">
      <Title order={4} mb="md">
        {t('identity.card.title')}
      </Title>
      {query.isPending ? <Skeleton h={80} /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && query.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('identity.card.empty')}
        </Text>
      ) : null}
      <Stack gap="sm">
        {groupByKind(query.data ?? []).map(([kind, items]) => {
          const open = expanded.includes(kind);
          return (
            <div key={kind}>
              <Group gap={6} mb={2}>
                <Text size="xs" c="dimmed" fw={500}>
                  {kindLabel(kind)}
                </Text>
                <Badge size="xs" variant="light" color="gray" circle>
                  {items.length}
                </Badge>
              </Group>
              {(open ? items : items.slice(0, shownPerKind)).map((item) => (
                <Group key={item.value} gap={4} wrap="nowrap">
                  <Tooltip label={t('identity.card.since', { when: formatDateTime(item.createdAt, i18n.language) })}>
                    <Text size="sm" ff="monospace" truncate="end" style={{ minWidth: 0 }}>
                      {item.value}
                    </Text>
                  </Tooltip>
                  <CopyAction value={item.value} size="sm" iconSize={14} />
                </Group>
              ))}
              {items.length > shownPerKind ? (
                <Anchor component="button" type="button" size="xs" onClick={() => setExpanded(open ? expanded.filter((k) => k !== kind) : [...expanded, kind])}>
                  {open ? t('identity.card.showLess') : t('identity.card.showAll', { count: items.length })}
                </Anchor>
              ) : null}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

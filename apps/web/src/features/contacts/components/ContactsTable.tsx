import { Badge, Group, Table, Text } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { NameAvatar } from '../../../ui/NameAvatar';

const MAX_TAGS = 3;

/** Contacts as a table; a row opens the contact, a tag filters by it. */
export function ContactsTable({ contacts, onTagClick }: { contacts: Contact[]; onTagClick: (tag: string) => void }) {
  const { t, i18n } = useTranslation('contacts');
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.email')}</Table.Th>
            <Table.Th>{t('fields.phone')}</Table.Th>
            <Table.Th>{t('fields.tags')}</Table.Th>
            <Table.Th>{t('fields.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr
              key={c.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate({ to: '/contacts/$contactId', params: { contactId: c.id } })}
            >
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <NameAvatar name={c.name} radius="xl" size={32} />
                  <AnchorLink
                    to="/contacts/$contactId"
                    params={{ contactId: c.id }}
                    fw={500}
                    size="sm"
                    c="var(--mantine-color-text)"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {c.name || t('unnamed')}
                  </AnchorLink>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.email ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.phone ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.tags.slice(0, MAX_TAGS).map((tag) => (
                    <Badge
                      key={tag}
                      variant="light"
                      radius="sm"
                      style={{ cursor: 'pointer', textTransform: 'none' }}
                      onClick={(e) => {
                        e.stopPropagation();
                        onTagClick(tag);
                      }}
                    >
                      {tag}
                    </Badge>
                  ))}
                  {c.tags.length > MAX_TAGS ? (
                    <Badge variant="outline" color="gray" radius="sm">
                      +{c.tags.length - MAX_TAGS}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDate(c.createdAt, i18n.language)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { Company } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';
import { NameAvatar } from '../../../ui/NameAvatar';
import { useOwnerName } from '../../custom-fields';

const MAX_TAGS = 3;

/** Companies as a table; a row opens the company. */
export function CompaniesTable({ companies }: { companies: Company[] }) {
  const { t } = useTranslation('companies');
  const navigate = useNavigate();
  const ownerName = useOwnerName();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.domain')}</Table.Th>
            <Table.Th>{t('fields.industry')}</Table.Th>
            <Table.Th>{t('fields.size')}</Table.Th>
            <Table.Th>{t('fields.owner')}</Table.Th>
            <Table.Th>{t('fields.tags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {companies.map((c) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate({ to: '/companies/$companyId', params: { companyId: c.id } })}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <NameAvatar name={c.name} radius="md" size={32} />
                  <AnchorLink
                    to="/companies/$companyId"
                    params={{ companyId: c.id }}
                    fw={500}
                    size="sm"
                    c="var(--mantine-color-text)"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {c.name}
                  </AnchorLink>
                </Group>
              </Table.Td>
              <Table.Td>
                {c.domain ? (
                  <Anchor size="sm" href={`https://${c.domain}`} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>
                    {c.domain}
                  </Anchor>
                ) : (
                  <Text size="sm">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.industry ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.size ? t('size', { range: c.size }) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ownerName(c.ownerId) ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.tags.slice(0, MAX_TAGS).map((tag) => (
                    <Badge key={tag} variant="light" radius="sm" style={{ textTransform: 'none' }}>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

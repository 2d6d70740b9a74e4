import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

/** Read-only view of a contact, for viewers. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  const rows = [
    [t('fields.firstName'), contact.firstName],
    [t('fields.lastName'), contact.lastName],
    [t('fields.email'), contact.email],
    [t('fields.phone'), contact.phone],
  ] as const;
  return (
    <Stack gap="sm">
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text size="sm">{value || '—'}</Text>
        </div>
      ))}
      <div>
        <Text size="xs" c="dimmed" fw={500}>
          {t('fields.tags')}
        </Text>
        <Group gap={4} mt={2}>
          {contact.tags.length === 0 ? <Text size="sm">—</Text> : null}
          {contact.tags.map((tag) => (
            <Badge key={tag} variant="light" radius="sm" style={{ textTransform: 'none' }}>
              {tag}
            </Badge>
          ))}
        </Group>
      </div>
    </Stack>
  );
}

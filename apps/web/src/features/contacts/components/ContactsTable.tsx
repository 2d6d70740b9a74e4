import { Group, Text } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import i18n from '../../../lib/i18n';
import { AnchorLink } from '../../../ui/AnchorLink';
import { NameAvatar } from '../../../ui/NameAvatar';
import type { RecordListConfig } from '../../views';

const nameOf = (c: Contact) => c.name || i18n.t('contacts:unnamed');

function ContactLink({ contact, size = 'sm' }: { contact: Contact; size?: 'sm' | 'xs' }) {
  return (
    <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }} fw={500} size={size} c="var(--mantine-color-text)" truncate>
      {nameOf(contact)}
    </AnchorLink>
  );
}

/** The name cell: avatar, name linking to the contact, and the job title under it. */
function ContactNameCell({ contact }: { contact: Contact }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <NameAvatar name={contact.name} radius="xl" size={30} />
      <div style={{ minWidth: 0 }}>
        <ContactLink contact={contact} />
        {contact.jobTitle ? (
          <Text size="xs" c="dimmed" truncate>
            {contact.jobTitle}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}

/** How contacts appear in the record list (views feature): columns, the name cell, kanban cards, bulk actions. */
export const contactsTable: RecordListConfig<Contact> = {
  entity: 'contact',
  defaultColumns: ['email', 'phone', 'companyId', 'lifecycleStage', 'ownerId', 'tags', 'createdAt'],
  primaryColumn: 'name',
  name: nameOf,
  renderCell: (contact, field) => (field.path === 'name' ? <ContactNameCell contact={contact} /> : undefined),
  card: (contact) => ({
    title: <ContactLink contact={contact} />,
    subtitle: [contact.company?.name, contact.jobTitle].filter(Boolean).join(' · ') || contact.email,
    ownerId: contact.ownerId,
  }),
  kanbanField: 'lifecycleStage',
  bulkActions: ['tag', 'untag', 'set_owner', 'set_lifecycle_stage', 'export', 'delete'],
};

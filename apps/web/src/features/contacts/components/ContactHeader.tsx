import { Badge, Group, Text, Title } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { IconBuildingSkyscraper, IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { NameAvatar } from '../../../ui/NameAvatar';
import { useOwnerName } from '../../custom-fields';
import { useLifecycleStages } from '../../settings';

/** Name, avatar, where the person works, stage and owner; `actions` go on the right. */
export function ContactHeader({ contact, actions }: { contact: Contact; actions?: ReactNode }) {
  const { t, i18n } = useTranslation(['contacts', 'companies']);
  const { labelOf } = useLifecycleStages();
  const ownerName = useOwnerName();
  const owner = ownerName(contact.ownerId);
  const stage = labelOf(contact.lifecycleStage);

  return (
    <Group justify="space-between" align="center" wrap="wrap">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <NameAvatar name={contact.name} radius="xl" size={56} />
        <div>
          <Title order={2} fw={650}>
            {contact.name || t('unnamed')}
          </Title>
          {contact.jobTitle || contact.company ? (
            <Group gap={6} mt={2}>
              {contact.company ? <IconBuildingSkyscraper size={14} color="var(--mantine-color-dimmed)" /> : null}
              <Text size="sm">
                {contact.jobTitle}
                {contact.jobTitle && contact.company ? ` · ` : null}
                {contact.company ? (
                  <AnchorLink to="/companies/$companyId" params={{ companyId: contact.company.id }} size="sm">
                    {contact.company.name}
                  </AnchorLink>
                ) : null}
                {contact.companyRole ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t(`companies:roles.${contact.companyRole}`)})
                  </Text>
                ) : null}
              </Text>
            </Group>
          ) : null}
          <Group gap="xs" mt={6}>
            {stage ? (
              <Badge variant="light" color="indigo" radius="sm">
                {stage}
              </Badge>
            ) : null}
            {owner ? (
              <Badge variant="outline" color="gray" radius="sm" leftSection={<IconUser size={12} />} style={{ textTransform: 'none' }}>
                {t('header.owner', { name: owner })}
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('detail.meta', { created: formatDateTime(contact.createdAt, i18n.language), updated: formatDateTime(contact.updatedAt, i18n.language) })}
            </Text>
          </Group>
        </div>
      </Group>
      {actions}
    </Group>
  );
}

import { Anchor, Button, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import type { Contact } from '@rapport/contracts';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { CustomFieldValue, formatAddress, RecordDetails, useCustomFields, useOwnerName, type DetailRow } from '../../custom-fields';
import { useLifecycleStages } from '../../settings';
import { languageName } from '../contact-options';
import { ContactTags } from './ContactTags';

function Links({ values, scheme }: { values: string[]; scheme: 'mailto' | 'tel' }) {
  if (values.length === 0) return null;
  return (
    <Stack gap={0}>
      {values.map((v) => (
        <Anchor key={v} size="sm" href={`${scheme}:${v}`} style={{ overflowWrap: 'anywhere' }}>
          {v}
        </Anchor>
      ))}
    </Stack>
  );
}

/** Every field of a contact, custom fields included, with an Edit button for writers. */
export function ContactDetailsCard({ contact, onEdit }: { contact: Contact; onEdit?: () => void }) {
  const { t, i18n } = useTranslation(['contacts', 'companies']);
  const fields = useCustomFields('contact');
  const ownerName = useOwnerName();
  const { labelOf } = useLifecycleStages();
  const lng = i18n.language;
  const regions = new Intl.DisplayNames([lng], { type: 'region' });
  const emails = [contact.email, ...contact.emails].filter((e): e is string => Boolean(e));
  const phones = [contact.phone, ...contact.phones].filter((p): p is string => Boolean(p));

  const rows: DetailRow[] = [
    { label: t('fields.firstName'), value: contact.firstName },
    { label: t('fields.lastName'), value: contact.lastName },
    { label: t('fields.displayName'), value: contact.displayName },
    { label: t('fields.emails'), value: emails.length ? <Links values={emails} scheme="mailto" /> : null },
    { label: t('fields.phones'), value: phones.length ? <Links values={phones} scheme="tel" /> : null },
    {
      label: t('fields.company'),
      value: contact.company ? (
        <AnchorLink to="/companies/$companyId" params={{ companyId: contact.company.id }} size="sm">
          {contact.company.name}
        </AnchorLink>
      ) : null,
    },
    { label: t('fields.companyRole'), value: contact.companyRole ? t(`companies:roles.${contact.companyRole}`) : null },
    { label: t('fields.jobTitle'), value: contact.jobTitle },
    { label: t('fields.gender'), value: contact.gender ? t(`genders.${contact.gender}`) : null },
    { label: t('fields.birthday'), value: contact.birthday ? formatDate(`${contact.birthday}T12:00:00Z`, lng) : null },
    { label: t('fields.locale'), value: contact.locale ? languageName(lng, contact.locale) : null },
    { label: t('fields.timezone'), value: contact.timezone },
    { label: t('fields.address'), value: formatAddress(contact.address, (code) => regions.of(code) ?? code) },
    { label: t('fields.owner'), value: ownerName(contact.ownerId) },
    { label: t('fields.lifecycleStage'), value: labelOf(contact.lifecycleStage) },
    { label: t('fields.source'), value: contact.source },
    { label: t('fields.tags'), value: contact.tags.length || contact.autoTags.length ? <ContactTags tags={contact.tags} autoTags={contact.autoTags} /> : null },
    { label: t('fields.externalId'), value: contact.externalId },
    ...(fields.data ?? []).map((f) => ({ label: f.label, value: <CustomFieldValue field={f} value={contact.custom[f.key]} /> })),
  ];

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('detail.details')}</Title>
        {onEdit ? (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            {t('detail.edit')}
          </Button>
        ) : null}
      </Group>
      {fields.isPending ? <Skeleton h={240} /> : <RecordDetails rows={rows} />}
    </Paper>
  );
}

import { Anchor, Button, Group, Paper, Skeleton, Title } from '@mantine/core';
import type { Company } from '@rapport/contracts';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomFieldValue, formatAddress, RecordDetails, TagList, useCustomFields, useOwnerName, type DetailRow } from '../../custom-fields';

/** Every field of a company, custom fields included, with an Edit button for writers. */
export function CompanyDetailsCard({ company, onEdit }: { company: Company; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('companies');
  const fields = useCustomFields('company');
  const ownerName = useOwnerName();
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });

  const rows: DetailRow[] = [
    {
      label: t('fields.domain'),
      value: company.domain ? (
        <Anchor size="sm" href={`https://${company.domain}`} target="_blank" rel="noopener noreferrer">
          {company.domain}
        </Anchor>
      ) : null,
    },
    { label: t('fields.industry'), value: company.industry },
    { label: t('fields.size'), value: company.size ? t('size', { range: company.size }) : null },
    { label: t('fields.taxId'), value: company.taxId },
    { label: t('fields.address'), value: formatAddress(company.address, (code) => regions.of(code) ?? code) },
    { label: t('fields.owner'), value: ownerName(company.ownerId) },
    { label: t('fields.tags'), value: company.tags.length ? <TagList tags={company.tags} /> : null },
    { label: t('fields.externalId'), value: company.externalId },
    ...(fields.data ?? []).map((f) => ({ label: f.label, value: <CustomFieldValue field={f} value={company.custom[f.key]} /> })),
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
      {fields.isPending ? <Skeleton h={200} /> : <RecordDetails rows={rows} />}
    </Paper>
  );
}

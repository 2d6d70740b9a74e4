import { ActionIcon, Badge, Code, Group, Table, Text, Tooltip } from '@mantine/core';
import type { CustomField } from '@rapport/contracts';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useDeleteCustomField } from '../api/delete-custom-field';

interface Props {
  fields: CustomField[];
  editable: boolean;
  onEdit: (field: CustomField) => void;
}

/** The custom fields of one entity, in form order. */
export function CustomFieldsTable({ fields, editable, onEdit }: Props) {
  const { t } = useTranslation('fields');
  const remove = useDeleteCustomField();

  const onDelete = (field: CustomField) =>
    remove.mutateAsync(field.id, {
      onSuccess: () => notifySuccess(t('settings.deleted', { label: field.label })),
    });

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.columns.label')}</Table.Th>
            <Table.Th>{t('settings.columns.key')}</Table.Th>
            <Table.Th>{t('settings.columns.type')}</Table.Th>
            <Table.Th>{t('settings.columns.rules')}</Table.Th>
            <Table.Th>{t('settings.columns.position')}</Table.Th>
            {editable ? <Table.Th w={120} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {f.label}
                </Text>
                {f.options.length ? (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {f.options.map((o) => o.label).join(' · ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Code>{f.key}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`types.${f.type}`)}
                  {f.currency ? ` (${f.currency})` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {f.isRequired ? <Badge variant="light" radius="sm">{t('settings.requiredBadge')}</Badge> : null}
                  {f.isUnique ? <Badge variant="light" color="grape" radius="sm">{t('settings.uniqueBadge')}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.position}</Text>
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('settings.edit')}>
                      <ActionIcon variant="subtle" color="gray" onClick={() => onEdit(f)} aria-label={`${t('settings.edit')}: ${f.label}`}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <ConfirmButton
                      size="compact-sm"
                      variant="subtle"
                      aria-label={`${t('settings.delete')}: ${f.label}`}
                      label={<IconTrash size={16} />}
                      title={t('settings.deleteTitle')}
                      message={t('settings.deleteMessage', { label: f.label })}
                      confirmLabel={t('settings.delete')}
                      loading={remove.isPending}
                      onConfirm={() => onDelete(f)}
                    />
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

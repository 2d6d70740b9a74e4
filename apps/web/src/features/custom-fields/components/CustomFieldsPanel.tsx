import { Button, EmptyState, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import type { CustomField, CustomFieldEntity } from '@rapport/contracts';
import { IconForms, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { canConfigure, useRole } from '../../auth';
import { useCustomFields } from '../api/custom-fields';
import { CustomFieldModal } from './CustomFieldModal';
import { CustomFieldsTable } from './CustomFieldsTable';

/** Settings → Fields: the custom fields of contacts and companies. Everyone may look; managers and above change them. */
export function CustomFieldsPanel() {
  const { t } = useTranslation('fields');
  const [entity, setEntity] = useState<CustomFieldEntity>('contact');
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const editable = canConfigure(useRole());
  const fields = useCustomFields(entity);
  const list = fields.data ?? [];

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            aria-label={t('settings.entity')}
            value={entity}
            onChange={(v) => setEntity(v as CustomFieldEntity)}
            data={[
              { value: 'contact', label: t('settings.entities.contact') },
              { value: 'company', label: t('settings.entities.company') },
            ]}
          />
          {editable ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('settings.new')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.description')}
        </Text>
        {fields.isError ? <QueryError error={fields.error} onRetry={() => void fields.refetch()} /> : null}
        {fields.isPending ? <Skeleton h={160} radius="md" /> : null}
        {fields.isSuccess && list.length === 0 ? (
          <EmptyState icon={<IconForms size={28} />} variant="light" title={t('settings.empty')} description={t('settings.emptyHint')} py={40} />
        ) : null}
        {list.length > 0 ? <CustomFieldsTable fields={list} editable={editable} onEdit={setEditing} /> : null}
      </Stack>
      {editing ? (
        <CustomFieldModal
          key={editing === 'new' ? `new-${entity}` : editing.id}
          entity={entity}
          field={editing === 'new' ? null : editing}
          takenKeys={list.filter((f) => editing === 'new' || f.id !== editing.id).map((f) => f.key)}
          nextPosition={list.reduce((max, f) => Math.max(max, f.position + 1), 0)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Paper>
  );
}

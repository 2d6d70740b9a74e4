import { Alert, Button, Group, Paper, Skeleton, Text } from '@mantine/core';
import type { FieldDescriptor, FilterGroup } from '@rapport/contracts';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyGroup } from '../../model/filter-tree';
import type { FilterErrors } from '../../model/filter-errors';
import { FilterGroupEditor } from './FilterGroupEditor';

interface Props {
  filter: FilterGroup | null;
  fields: FieldDescriptor[] | undefined;
  errors: FilterErrors;
  onChange: (filter: FilterGroup | null) => void;
}

/** The filter builder: nested AND / OR groups of conditions, with the server's complaints beside them. */
export function FilterPanel({ filter, fields, errors, onChange }: Props) {
  const { t } = useTranslation('views');
  const root = filter ?? emptyGroup();
  const change = (next: FilterGroup) => onChange(next.children.length ? next : null);
  return (
    <Paper withBorder radius="md" p="sm" mb="sm" aria-label={t('filter.title')} component="section">
      {!fields ? (
        <Skeleton h={32} />
      ) : (
        <>
          {root.children.length === 0 ? (
            <Text size="sm" c="dimmed" mb="xs">
              {t('filter.empty')}
            </Text>
          ) : null}
          <FilterGroupEditor root={root} path={[]} fields={fields} errors={errors.byNode} onChange={change} />
          {root.children.length > 0 ? (
            <Group justify="flex-end" mt="xs">
              <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => onChange(null)}>
                {t('filter.clear')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
      {errors.other.length ? (
        <Alert color="red" variant="light" mt="xs" icon={<IconAlertTriangle size={16} />} title={t('filter.rejected')}>
          {errors.other.map((m) => (
            <Text size="sm" key={m}>
              {m}
            </Text>
          ))}
        </Alert>
      ) : null}
    </Paper>
  );
}

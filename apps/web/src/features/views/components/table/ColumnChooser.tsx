import { ActionIcon, Button, Checkbox, Divider, Group, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { IconArrowDown, IconArrowUp, IconColumns3, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../../model/records';
import { useLookups } from '../../hooks/lookups';

interface Props {
  fields: FieldDescriptor[];
  /** The columns after the primary one, in order. */
  columns: string[];
  /** The column that names the record: always shown, first. */
  primary: string;
  onChange: (columns: string[]) => void;
}

/** Shows, hides and orders the table's columns among every field, custom ones included. */
export function ColumnChooser({ fields, columns, primary, onChange }: Props) {
  const { t } = useTranslation('views');
  const { labels } = useLookups();
  const [search, setSearch] = useState('');
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const shown = columns.filter((c) => c !== primary && byPath.has(c));
  const needle = search.trim().toLowerCase();
  const matches = (f: FieldDescriptor) => !needle || labels.field(f).toLowerCase().includes(needle) || f.path.toLowerCase().includes(needle);
  const hidden = fields.filter((f) => f.path !== primary && !shown.includes(f.path) && matches(f));
  const primaryField = byPath.get(primary);

  const row = (f: FieldDescriptor, index: number | null) => {
    const label = labels.field(f);
    return (
      <Group key={f.path} justify="space-between" wrap="nowrap" gap="xs">
        <Checkbox size="xs" label={label} checked={index !== null}
          onChange={() => onChange(index === null ? [...shown, f.path] : shown.filter((c) => c !== f.path))} />
        {index !== null ? (
          <Group gap={0} wrap="nowrap">
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('columns.moveUp', { field: label })} disabled={index === 0}
              onClick={() => onChange(moveItem(shown, index, index - 1))}>
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('columns.moveDown', { field: label })} disabled={index === shown.length - 1}
              onClick={() => onChange(moveItem(shown, index, index + 1))}>
              <IconArrowDown size={14} />
            </ActionIcon>
          </Group>
        ) : null}
      </Group>
    );
  };

  return (
    <Popover position="bottom-end" width={300} shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />}>
          {t('columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <TextInput size="xs" leftSection={<IconSearch size={14} />} placeholder={t('columns.search')} aria-label={t('columns.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} mb="xs" />
        <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={600}>{t('columns.shown')}</Text>
            {primaryField ? <Checkbox size="xs" label={labels.field(primaryField)} checked disabled readOnly /> : null}
            {shown.map((path, i) => {
              const f = byPath.get(path);
              return f && matches(f) ? row(f, i) : null;
            })}
            <Divider my={4} />
            <Text size="xs" c="dimmed" fw={600}>{t('columns.hidden')}</Text>
            {hidden.length ? hidden.map((f) => row(f, null)) : <Text size="xs" c="dimmed">{t('columns.none')}</Text>}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

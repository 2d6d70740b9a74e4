import { Group, Table, UnstyledButton } from '@mantine/core';
import type { Sort } from '@rapport/contracts';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nextSort } from '../../model/list-state';

interface Props {
  path: string;
  label: string;
  sortable: boolean;
  sort: Sort | null;
  onSort: (sort: Sort | null) => void;
}

/** A column header; clicking a sortable one sorts by it. */
export function HeaderCell({ path, label, sortable, sort, onSort }: Props) {
  const { t } = useTranslation('views');
  const active = sort?.field === path ? sort.order : null;
  if (!sortable) return <Table.Th style={{ whiteSpace: 'nowrap' }}>{label}</Table.Th>;
  const Icon = active === 'asc' ? IconArrowUp : active === 'desc' ? IconArrowDown : IconSelector;
  return (
    <Table.Th aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton onClick={() => onSort(nextSort(sort, path))} title={t('table.sortBy', { field: label })} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} stroke={1.6} opacity={active ? 1 : 0.45} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

import { Badge, Button, Group, SegmentedControl, VisuallyHidden } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';
import { IconFilter, IconLayoutColumns, IconSearch, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ViewEntity } from '../api/entity';
import { countConditions } from '../model/filter-tree';
import type { ListState } from '../model/list-state';
import { DraftTextInput } from './inputs/DraftTextInput';
import { ColumnChooser } from './table/ColumnChooser';

interface Props {
  entity: ViewEntity;
  state: ListState;
  setState: (patch: Partial<ListState>) => void;
  fields: FieldDescriptor[] | undefined;
  primaryColumn: string;
  filterOpen: boolean;
  onToggleFilter: () => void;
  withKanban: boolean;
}

/** Quick search, the filter toggle, columns and the table / kanban switch. */
export function ListToolbar({ entity, state, setState, fields, primaryColumn, filterOpen, onToggleFilter, withKanban }: Props) {
  const { t } = useTranslation('views');
  const conditions = countConditions(state.filter);
  return (
    <Group mb="sm" gap="sm" wrap="wrap">
      <DraftTextInput
        aria-label={t('toolbar.search')}
        placeholder={t(`toolbar.searchPlaceholder.${entity}`)}
        leftSection={<IconSearch size={16} />}
        value={state.q}
        onChange={(q) => setState({ q })}
        type="search"
        style={{ flex: '1 1 240px' }}
        maw={380}
      />
      <Button
        variant={filterOpen ? 'light' : 'default'}
        leftSection={<IconFilter size={16} />}
        rightSection={conditions ? <Badge size="sm" circle>{conditions}</Badge> : null}
        onClick={onToggleFilter}
        aria-expanded={filterOpen}
      >
        {t('toolbar.filter')}
      </Button>
      <Group gap="sm" ml="auto">
        {(state.layout === 'table' || !withKanban) && fields ? (
          <ColumnChooser fields={fields} columns={state.columns} primary={primaryColumn} onChange={(columns) => setState({ columns })} />
        ) : null}
        {withKanban ? (
          <SegmentedControl
            aria-label={t('toolbar.layout')}
            value={state.layout}
            onChange={(v) => setState({ layout: v === 'kanban' ? 'kanban' : 'table' })}
            data={[
              { value: 'table', label: <Group gap={6} wrap="nowrap"><IconTable size={16} /><span>{t('toolbar.table')}</span></Group> },
              { value: 'kanban', label: <Group gap={6} wrap="nowrap"><IconLayoutColumns size={16} /><span>{t('toolbar.kanban')}</span></Group> },
            ]}
          />
        ) : null}
      </Group>
      <VisuallyHidden aria-live="polite">{conditions ? t('toolbar.filterCount', { count: conditions }) : ''}</VisuallyHidden>
    </Group>
  );
}

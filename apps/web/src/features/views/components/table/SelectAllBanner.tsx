import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ViewEntity } from '../../api/entity';
import type { Selection } from '../../model/selection';

interface Props {
  entity: ViewEntity;
  selection: Selection;
  /** Every loaded row is ticked. */
  pageSelected: boolean;
  loaded: number;
  hasMore: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

/** After "select all on this page": the offer to act on every matching record instead. */
export function SelectAllBanner({ entity, selection, pageSelected, loaded, hasMore, onSelectAll, onClear }: Props) {
  const { t } = useTranslation('views');
  if (selection.mode === 'all') {
    return (
      <Alert variant="light" py={6} mb="xs">
        <Text size="sm" span>{t('selection.allMatching', { records: t(`nouns.${entity}`) })}</Text>{' '}
        <Button size="compact-sm" variant="subtle" onClick={onClear}>{t('selection.clear')}</Button>
      </Alert>
    );
  }
  if (!pageSelected || !hasMore) return null;
  return (
    <Alert variant="light" py={6} mb="xs">
      <Text size="sm" span>{t('selection.pageSelected', { records: t(`records.${entity}`, { count: loaded }) })}</Text>{' '}
      <Button size="compact-sm" variant="subtle" onClick={onSelectAll}>{t('selection.selectAll', { records: t(`nouns.${entity}`) })}</Button>
    </Alert>
  );
}

import { Text } from '@mantine/core';
import type { SegmentCatalog, SegmentGroup } from '@rapport/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LookupsProvider } from '../../../views';
import { BuilderContext } from './builder-context';
import { GroupEditor } from './GroupEditor';
import { useBuilderFields } from './use-builder-fields';

interface Props {
  value: SegmentGroup;
  onChange: (definition: SegmentGroup) => void;
  catalog: SegmentCatalog;
  /** Messages by builder path, shown at their condition or group. */
  errors: Map<string, string>;
  /** The segment being edited, left out of the segments a condition may name. */
  selfId?: string | undefined;
}

/** The visual editor of a segment definition: nested AND / OR groups of every kind of condition. */
export function SegmentBuilder(props: Props) {
  // The contact list's lookups name fields, options and operators the way the filter builder does.
  return (
    <LookupsProvider entity="contact">
      <Builder {...props} />
    </LookupsProvider>
  );
}

function Builder({ value, onChange, catalog, errors, selfId }: Props) {
  const { t } = useTranslation('segments');
  const fields = useBuilderFields(catalog);
  const ctx = useMemo(() => ({ catalog, fields, errors, selfId }), [catalog, fields, errors, selfId]);
  return (
    <BuilderContext.Provider value={ctx}>
      {value.children.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('builder.empty')}
        </Text>
      ) : null}
      <GroupEditor root={value} path={[]} onChange={onChange} />
    </BuilderContext.Provider>
  );
}

import type { FieldDescriptor } from '@rapport/contracts';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewEntity } from '../api/entity';
import { useLabels, type Labels } from './use-labels';
import { useMemberDirectory, useStageOptions, type MemberDirectory, type Option } from './use-reference-data';

/** What every cell and input of a list needs to label values: read once per list, not once per cell. */
export interface Lookups {
  t: ReturnType<typeof useTranslation<'views'>>['t'];
  language: string;
  labels: Labels;
  members: MemberDirectory;
  /** The workspace's lifecycle stages, in order. */
  stages: Option[];
  /** The choices of a field with a fixed set of values (selects, stages, owners), labelled; null for free input. */
  optionsFor: (field: FieldDescriptor | undefined) => Option[] | null;
}

const LookupsContext = createContext<Lookups | null>(null);

/** With an entity, fields are labelled in its own words where it has them (see useLabels). */
export function LookupsProvider({ entity, children }: { entity?: ViewEntity; children: ReactNode }) {
  const { t, i18n } = useTranslation('views');
  const labels = useLabels(entity);
  const members = useMemberDirectory();
  const stages = useStageOptions();
  const value = useMemo<Lookups>(() => ({
    t,
    language: i18n.language,
    labels,
    members,
    stages,
    optionsFor: (field) => {
      if (!field) return null;
      if (field.path === 'ownerId') return members.options;
      if (field.options?.length) return field.options.map((o) => ({ value: o.value, label: labels.option(field.path, o.value, o.label) }));
      if (field.path === 'lifecycleStage') return stages;
      return null;
    },
  }), [t, i18n.language, labels, members, stages]);
  return <LookupsContext.Provider value={value}>{children}</LookupsContext.Provider>;
}

export function useLookups(): Lookups {
  const value = useContext(LookupsContext);
  if (!value) throw new Error('useLookups needs a LookupsProvider (RecordList renders one)');
  return value;
}

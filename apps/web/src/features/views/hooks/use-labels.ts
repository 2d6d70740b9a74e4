import type { FieldDescriptor, FilterOperator } from '@rapport/contracts';
import type { i18n, TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLifecycleStages } from '../../settings';
import type { ViewEntity } from '../api/entity';

const dateTypes = new Set(['date', 'datetime']);
const listTypes = new Set(['tags', 'multi_select', 'text_list']);

/**
 * Labels for fields, options and operators in the interface language. The server names standard
 * fields and options in English; we translate those we know by path and value (lifecycle stages as
 * Settings does), and show custom fields and their options as the workspace named them. With an
 * entity, its own wording of a field comes first (a company's name is not a person's name).
 */
export function useLabels(entity?: ViewEntity) {
  const { t, i18n } = useTranslation('views');
  const stages = useLifecycleStages();
  // The same functions until the language or the workspace's stages change, so lists can memoise on them.
  const stagesKey = JSON.stringify(stages.stages);
  return useMemo(() => build(t, i18n, stages.shown, entity), [t, i18n, stagesKey, entity]);
}

function build(t: TFunction<'views'>, i18n: i18n, shown: (s: { key: string; label: string }) => string, entity: ViewEntity | undefined) {
  const lookup = (key: string, fallback: string): string => (i18n.exists(`views:${key}`) ? String(t(key as never)) : fallback);

  const field = (f: Pick<FieldDescriptor, 'path' | 'label' | 'isCustom'>): string => {
    if (f.isCustom) return f.label;
    const label = lookup(`fieldLabels.${f.path}`, f.label);
    return entity ? lookup(`entityFieldLabels.${entity}.${f.path}`, label) : label;
  };

  const option = (fieldPath: string, value: string, label: string): string =>
    fieldPath === 'lifecycleStage' ? shown({ key: value, label }) : lookup(`options.${fieldPath}.${value}`, label);

  const operator = (op: FilterOperator, type: FieldDescriptor['type'] | undefined): string => {
    if (type && dateTypes.has(type) && i18n.exists(`views:operatorsDate.${op}`)) return String(t(`operatorsDate.${op}` as never));
    if (type && listTypes.has(type) && i18n.exists(`views:operatorsList.${op}`)) return String(t(`operatorsList.${op}` as never));
    return lookup(`operators.${op}`, op);
  };

  return { field, option, operator };
}

export type Labels = ReturnType<typeof build>;

import type { CreateCustomFieldInput, CustomField, CustomFieldEntity, FieldType, UpdateCustomFieldInput } from '@rapport/contracts';
import { keyFromLabel } from './key-from-label';

export interface OptionRow {
  label: string;
  value: string;
  /** Saved options keep their value: records store it. */
  saved: boolean;
  /** The value still follows the label (until the user edits it). */
  auto: boolean;
}

export interface FieldFormValues {
  label: string;
  key: string;
  type: FieldType;
  currency: string | null;
  options: OptionRow[];
  isRequired: boolean;
  isUnique: boolean;
  position: number | string;
}

export const hasOptions = (type: FieldType) => type === 'select' || type === 'multi_select';

/** The option value suggested for a label: a slug, or the label itself when it has no Latin text. */
export const optionValueFor = (label: string) => keyFromLabel(label) || label.trim().slice(0, 100);

export const newOption = (): OptionRow => ({ label: '', value: '', saved: false, auto: true });

export function fieldFormValues(field: CustomField | null, nextPosition: number): FieldFormValues {
  if (!field) {
    return { label: '', key: '', type: 'text', currency: null, options: [], isRequired: false, isUnique: false, position: nextPosition };
  }
  return {
    label: field.label,
    key: field.key,
    type: field.type,
    currency: field.currency,
    options: field.options.map((o) => ({ ...o, saved: true, auto: false })),
    isRequired: field.isRequired,
    isUnique: field.isUnique,
    position: field.position,
  };
}

const options = (v: FieldFormValues) => v.options.map((o) => ({ value: o.value.trim(), label: o.label.trim() }));
const position = (v: FieldFormValues) => (typeof v.position === 'number' ? v.position : Number(v.position) || 0);

export function toCreateInput(entity: CustomFieldEntity, v: FieldFormValues): CreateCustomFieldInput {
  return {
    entity,
    key: v.key.trim(),
    label: v.label.trim(),
    type: v.type,
    ...(hasOptions(v.type) ? { options: options(v) } : {}),
    ...(v.type === 'currency' && v.currency ? { currency: v.currency } : {}),
    isRequired: v.isRequired,
    isUnique: v.isUnique,
    position: position(v),
  };
}

/** Key, entity and type are fixed once a field exists; only the rest is sent. */
export function toUpdateInput(v: FieldFormValues): UpdateCustomFieldInput {
  return {
    label: v.label.trim(),
    ...(hasOptions(v.type) ? { options: options(v) } : {}),
    isRequired: v.isRequired,
    isUnique: v.isUnique,
    position: position(v),
  };
}

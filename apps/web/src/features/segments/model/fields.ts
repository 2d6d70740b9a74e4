import type { ComboboxItemGroup, ComboboxItem } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';

/** Where a profile field lives; the field picker groups by it. */
export type FieldScope = 'contact' | 'consent' | 'traits' | 'company';
export const fieldScopes: FieldScope[] = ['contact', 'consent', 'traits', 'company'];

export function scopeOf(path: string): FieldScope {
  const head = path.split('.', 1)[0];
  return head === 'consent' || head === 'traits' || head === 'company' ? head : 'contact';
}

/** The path below the scope: "company.address.city" → "address.city". */
export const innerPath = (path: string) => (scopeOf(path) === 'contact' ? path : path.slice(path.indexOf('.') + 1));

export interface FieldText {
  /** The field's name in the interface language, or null to keep the server's. */
  label: (f: FieldDescriptor) => string | null;
  /** An option's label, or null to keep the server's. */
  option: (f: FieldDescriptor, value: string) => string | null;
}

/** The descriptors with labels and option labels in the interface language, for the shared filter inputs. */
export function translateFields(fields: FieldDescriptor[], text: FieldText): FieldDescriptor[] {
  return fields.map((f) => ({
    ...f,
    label: text.label(f) ?? f.label,
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: text.option(f, o.value) ?? o.label })) } : {}),
  }));
}

/** Select data with the fields in groups, in the order given; empty groups are left out. */
export function groupedChoices<K extends string>(
  fields: FieldDescriptor[],
  groupOf: (f: FieldDescriptor) => K,
  groups: { key: K; label: string }[],
  label: (f: FieldDescriptor) => string,
): ComboboxItemGroup<ComboboxItem>[] {
  return groups
    .map((g) => ({
      group: g.label,
      items: fields.filter((f) => f.operators.length > 0 && groupOf(f) === g.key).map((f) => ({ value: f.path, label: label(f) })),
    }))
    .filter((g) => g.items.length > 0);
}

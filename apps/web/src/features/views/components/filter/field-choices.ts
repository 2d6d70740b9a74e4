import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { FieldDescriptor } from '@rapport/contracts';

/** Fields as select data: the standard ones first, then the workspace's custom fields. */
export function fieldChoices(
  fields: FieldDescriptor[],
  label: (f: FieldDescriptor) => string,
  groups: { standard: string; custom: string },
  keep: (f: FieldDescriptor) => boolean = () => true,
): ComboboxItemGroup<ComboboxItem>[] {
  const pick = (custom: boolean) =>
    fields.filter((f) => f.isCustom === custom && keep(f)).map((f) => ({ value: f.path, label: label(f) }));
  return [
    { group: groups.standard, items: pick(false) },
    { group: groups.custom, items: pick(true) },
  ].filter((g) => g.items.length > 0);
}

import { SimpleGrid } from '@mantine/core';
import type { CustomField } from '@rapport/contracts';
import type { BindInput } from './bind';
import { CustomFieldInput } from './CustomFieldInput';

const wide = new Set<CustomField['type']>(['long_text', 'multi_select']);

/** Inputs for all of an entity's custom fields, two per row; long ones take a row of their own. */
export function CustomFieldsInputs({ fields, bind }: { fields: CustomField[]; bind: BindInput }) {
  if (fields.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {fields.map((f) => (
        <div key={f.id} style={wide.has(f.type) ? { gridColumn: '1 / -1' } : undefined}>
          <CustomFieldInput field={f} bind={bind} />
        </div>
      ))}
    </SimpleGrid>
  );
}

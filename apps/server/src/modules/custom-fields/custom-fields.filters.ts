import { sql, type SQL } from 'drizzle-orm';
import type { FilterField } from '../../platform/filters.js';
import type { CustomFieldRow } from './custom-fields.repo.js';

/** The SQL value of a custom field inside a record's `custom` jsonb column, typed for comparison. */
function valueExpr(column: SQL, def: CustomFieldRow): SQL {
  const key = def.key;
  switch (def.type) {
    case 'number':
    case 'currency':
      return sql`(case when jsonb_typeof(${column}->${key}) = 'number' then (${column}->>${key})::numeric end)`;
    case 'boolean':
      return sql`(case when jsonb_typeof(${column}->${key}) = 'boolean' then (${column}->>${key})::boolean end)`;
    case 'date':
      return sql`((${column}->>${key})::date)`;
    case 'datetime':
      return sql`((${column}->>${key})::timestamptz)`;
    case 'multi_select':
      return sql`(${column}->${key})`;
    default:
      return sql`(${column}->>${key})`;
  }
}

/** Custom fields as filters, sorts and columns see them, paths "custom.<key>". */
export function customFilterFields(defs: CustomFieldRow[], column: SQL): FilterField[] {
  return defs.map((def) => ({
    path: `custom.${def.key}`,
    label: def.label,
    type: def.type as FilterField['type'],
    expr: valueExpr(column, def),
    options: def.type === 'select' || def.type === 'multi_select' ? def.options : undefined,
    isCustom: true,
    isSortable: def.type !== 'multi_select' && def.type !== 'long_text',
    isEditable: true,
    // `custom @> {"key": value}` uses the jsonb_path_ops index; text equality stays case-insensitive.
    containsEq: ['select', 'number', 'currency', 'boolean', 'email', 'phone'].includes(def.type)
      ? (value) => sql`${column} @> ${JSON.stringify({ [def.key]: value })}::jsonb`
      : undefined,
  }));
}

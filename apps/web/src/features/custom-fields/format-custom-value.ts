import type { CustomField } from '@rapport/contracts';
import { formatDate, formatDateTime } from '../../lib/format';

/** What a custom field needs to show a value: its type, options and currency. */
export type FieldShape = Pick<CustomField, 'type' | 'options' | 'currency'>;

const optionLabel = (field: FieldShape, value: unknown) => field.options.find((o) => o.value === value)?.label ?? String(value);

/**
 * A stored custom value as text in the reader's language, or null when there is none.
 * `yesNo` holds the translated words for booleans.
 */
export function formatCustomValue(field: FieldShape, value: unknown, lng: string, yesNo: [string, string]): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => optionLabel(field, v)).join(', ') : null;
  switch (field.type) {
    case 'boolean':
      return value === true ? yesNo[0] : yesNo[1];
    case 'select':
      return optionLabel(field, value);
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(lng).format(value) : String(value);
    case 'currency':
      if (typeof value !== 'number') return String(value);
      try {
        return new Intl.NumberFormat(lng, { style: 'currency', currency: field.currency ?? 'USD' }).format(value);
      } catch {
        return `${field.currency ?? ''} ${new Intl.NumberFormat(lng).format(value)}`.trim();
      }
    case 'date':
      // A calendar date has no time zone: read it at noon UTC so no zone shifts the day.
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(`${value}T12:00:00Z`, lng) : String(value);
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatDateTime(value, lng) : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

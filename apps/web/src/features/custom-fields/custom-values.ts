import type { CustomField, CustomValues } from '@rapport/contracts';

/** A custom value as a form input holds it: text, a number (or "" while empty), a flag or a list. */
export type CustomFormValue = string | number | boolean | string[] | null;
export type CustomFormValues = Record<string, CustomFormValue>;
type ApiValue = CustomValues[string];

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` input value, in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` input value (local time) as an ISO instant. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** The form value of one stored custom value. */
export function toFormValue(field: CustomField, value: unknown): CustomFormValue {
  switch (field.type) {
    case 'boolean':
      return value === true;
    case 'multi_select':
      return Array.isArray(value) ? value.map(String) : [];
    case 'select':
      return typeof value === 'string' && value ? value : null;
    case 'number':
    case 'currency':
      return typeof value === 'number' ? value : typeof value === 'string' ? value : '';
    case 'datetime':
      return typeof value === 'string' ? isoToLocalInput(value) : '';
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

/** Form values for every field of the entity, from a record's `custom` (empty for a new record). */
export function toFormCustom(fields: CustomField[], custom: Record<string, unknown> = {}): CustomFormValues {
  return Object.fromEntries(fields.map((f) => [f.key, toFormValue(f, custom[f.key])]));
}

/** The API value of one form value; empty inputs become null. */
export function toApiValue(field: CustomField, value: CustomFormValue | undefined): ApiValue {
  if (value === undefined || value === null) return null;
  switch (field.type) {
    case 'boolean':
      return value === true;
    case 'multi_select':
      return Array.isArray(value) && value.length ? value : null;
    case 'number':
    case 'currency': {
      if (typeof value === 'number') return value;
      const text = String(value).trim();
      if (!text) return null;
      const n = Number(text.replace(/,/g, ''));
      // Not a number: send it as typed and let the server say what is wrong.
      return Number.isFinite(n) ? n : text;
    }
    case 'datetime':
      return localInputToIso(String(value));
    default: {
      const text = String(value).trim();
      return text ? text : null;
    }
  }
}

const same = (a: ApiValue, b: ApiValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The custom values to send: those that differ from `initial` (the form values the record started
 * with), so a save neither rewrites untouched values nor stores "false" for flags nobody set.
 */
export function toApiCustom(fields: CustomField[], values: CustomFormValues, initial: CustomFormValues): CustomValues {
  const out: CustomValues = {};
  for (const f of fields) {
    const now = toApiValue(f, values[f.key]);
    if (!same(now, toApiValue(f, initial[f.key]))) out[f.key] = now;
  }
  return out;
}

/** Form errors for required fields left empty, keyed as the form knows them ("custom.vip_level"). */
export function requiredCustomErrors(fields: CustomField[], values: CustomFormValues, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    if (f.isRequired && f.type !== 'boolean' && toApiValue(f, values[f.key]) === null) errors[`custom.${f.key}`] = message;
  }
  return errors;
}

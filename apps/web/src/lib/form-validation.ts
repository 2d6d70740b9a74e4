import type { FormErrors } from '@mantine/form';
import { isApiError } from './api';
import i18n from './i18n';

/** The parts of a zod issue this module reads; kept structural so the web app needs no zod import. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: Issue[] } };
}

function issueMessage(issue: Issue, field: string): string {
  const isEmail = field.split('.').pop() === 'email';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return i18n.t('validation.pickOne');
      return Number(issue.minimum) <= 1
        ? i18n.t('validation.required')
        : i18n.t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return i18n.t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' || isEmail ? i18n.t('validation.email') : i18n.t('validation.format');
    case 'invalid_union':
      return isEmail ? i18n.t('validation.email') : i18n.t('validation.invalid');
    case 'invalid_type':
      return i18n.t('validation.required');
    default:
      return i18n.t('validation.invalid');
  }
}

/**
 * Builds a Mantine form validator from a contracts schema, so forms check exactly what the
 * server checks. Messages come from i18n; `custom` gives messages for refinements by field path.
 */
export function schemaValidator<V>(schema: SafeParser, custom: Record<string, () => string> = {}) {
  return (values: V): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      if (field in errors) continue;
      const override = issue.code === 'custom' ? custom[field] : undefined;
      errors[field] = override ? override() : issueMessage(issue, field);
    }
    return errors;
  };
}

/** Puts the server's field errors (problem+json `errors[]`) onto the form; returns true if any matched. */
export function applyServerErrors(form: { setErrors(errors: FormErrors): void }, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const fieldErrors: FormErrors = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    fieldErrors[path] = message;
    // "tags.2" also marks the tags input, which has no per-item error slot.
    const head = path.split('.')[0];
    if (head && !(head in fieldErrors)) fieldErrors[head] = message;
  }
  if (Object.keys(fieldErrors).length === 0) return false;
  form.setErrors(fieldErrors);
  return true;
}

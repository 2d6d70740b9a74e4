import { z } from 'zod';
import type { CustomValues } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { toE164 } from '../../platform/phone.js';
import { findValueHolder, type CustomFieldEntity, type CustomFieldRow } from './custom-fields.repo.js';

type Stored = string | number | boolean | string[];

const truthy = new Set(['true', 'yes', 'y', '1', 'on', '是', '有', 'はい']);
const falsy = new Set(['false', 'no', 'n', '0', 'off', '否', '無', '无', 'いいえ']);
const emailSchema = z.email();

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * One value to its stored form. Text is accepted for every type (imports carry nothing else), so
 * "1,234", "是" or a select's label read the way a person typed them.
 */
function coerce(def: CustomFieldRow, raw: unknown, region: string | null, path: string): Stored {
  const fail = (message: string): never => {
    // The label leads, so a rejected import row names the field the way the user knows it.
    throw new AppError('validation_failed', `${def.label}: ${message}`, { errors: [{ path, message: `${def.label}: ${message}` }] });
  };
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (def.type) {
    case 'text':
    case 'long_text': {
      const s = typeof text === 'number' || typeof text === 'boolean' ? String(text) : text;
      if (typeof s !== 'string') return fail('Expected text');
      const max = def.type === 'text' ? 1000 : 10000;
      return s.length > max ? fail(`At most ${max} characters`) : s;
    }
    case 'number':
    case 'currency': {
      const n = typeof text === 'number' ? text : typeof text === 'string' ? Number(text.replace(/[,\s]/g, '')) : NaN;
      return Number.isFinite(n) ? n : fail('Expected a number');
    }
    case 'boolean': {
      if (typeof text === 'boolean') return text;
      const s = String(text).toLowerCase();
      return truthy.has(s) ? true : falsy.has(s) ? false : fail('Expected yes or no');
    }
    case 'date': {
      const s = typeof text === 'string' ? text.replace(/\//g, '-') : '';
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
      return iso && !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().startsWith(iso) ? iso : fail('Expected a date as YYYY-MM-DD');
    }
    case 'datetime': {
      const t = typeof text === 'string' ? Date.parse(text) : NaN;
      return Number.isNaN(t) ? fail('Expected a date and time (ISO 8601)') : new Date(t).toISOString();
    }
    case 'select': {
      const s = String(text);
      const option = def.options.find((o) => o.value === s) ?? def.options.find((o) => o.label.toLowerCase() === s.toLowerCase());
      return option ? option.value : fail(`Not one of the options: ${s}`);
    }
    case 'multi_select': {
      const list = Array.isArray(text) ? text.map(String) : String(text).split(/[,;、，]/).map((s) => s.trim()).filter(Boolean);
      const out: string[] = [];
      for (const s of list) {
        const option = def.options.find((o) => o.value === s) ?? def.options.find((o) => o.label.toLowerCase() === s.toLowerCase());
        if (!option) fail(`Not one of the options: ${s}`);
        else if (!out.includes(option.value)) out.push(option.value);
      }
      return out;
    }
    case 'email': {
      const s = String(text).toLowerCase();
      return emailSchema.safeParse(s).success ? s : fail('Not a valid email address');
    }
    case 'phone':
      return toE164(String(text), region, path);
    case 'url': {
      const s = String(text);
      try {
        const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
        return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : fail('Only http and https links');
      } catch {
        return fail('Not a valid link');
      }
    }
    default:
      return fail(`Unsupported type ${def.type}`);
  }
}

export interface CustomValuesScope {
  db: Db;
  workspaceId: string;
  entity: CustomFieldEntity;
  defs: CustomFieldRow[];
  region: string | null;
  /** The record being written, or null when it is being created. */
  recordId: string | null;
  before: Record<string, unknown> | null;
}

/**
 * Validates custom values against the workspace's definitions and merges them into the record's
 * current values. Every bad value is reported, each at `custom.<key>`; nothing is written when any
 * is bad. Required fields must hold a value on create and can't be cleared later.
 */
export async function applyCustomValues(scope: CustomValuesScope, input: CustomValues | undefined): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...(scope.before ?? {}) };
  const errors: FieldError[] = [];
  const byKey = new Map(scope.defs.map((d) => [d.key, d]));
  for (const [key, raw] of Object.entries(input ?? {})) {
    const def = byKey.get(key);
    if (!def) {
      errors.push({ path: `custom.${key}`, message: 'Unknown custom field' });
      continue;
    }
    if (isEmpty(raw)) {
      delete out[key];
      continue;
    }
    try {
      out[key] = coerce(def, raw, scope.region, `custom.${key}`);
    } catch (e) {
      if (e instanceof AppError) errors.push(...(e.details.errors ?? []));
      else throw e;
    }
  }
  for (const def of scope.defs) {
    const changed = input !== undefined && key(def) in input;
    if (def.isRequired && isEmpty(out[def.key]) && (scope.recordId === null || changed)) {
      errors.push({ path: `custom.${def.key}`, message: `${def.label} is required` });
    }
    if (def.isUnique && changed && !isEmpty(out[def.key])) {
      const holder = await findValueHolder(scope.db, scope.workspaceId, scope.entity, def.key, out[def.key], scope.recordId);
      if (holder) errors.push({ path: `custom.${def.key}`, message: `Another record already has this ${def.label}` });
    }
  }
  if (errors.length) {
    const conflict = errors.every((e) => e.message.startsWith('Another record'));
    throw new AppError(conflict ? 'conflict' : 'validation_failed', errors.map((e) => e.message).join('; '), { errors });
  }
  return out;
}

const key = (d: CustomFieldRow) => d.key;

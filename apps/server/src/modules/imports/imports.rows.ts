import type { z } from 'zod';
import { companyInputSchema, contactInputSchema } from '@rapport/contracts';
import { splitFullName } from './imports.mapping.js';

const listSeparators = /[,;，；、|\n]+/;
const split = (v: string) => v.split(listSeparators).map((s) => s.trim()).filter(Boolean);

const genders: Record<string, string> = {
  f: 'female', female: 'female', woman: 'female', 女: 'female', 女性: 'female', 小姐: 'female',
  m: 'male', male: 'male', man: 'male', 男: 'male', 男性: 'male', 先生: 'male',
  other: 'other', 其他: 'other', その他: 'other',
};

/** 1990/5/17, 1990.5.17 and 1990-05-17 are all 1990-05-17; anything else is left for validation to refuse. */
function isoDate(v: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(v.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
}

/** Values the import resolves itself, beyond the record's own fields. */
export interface RowExtras {
  companyName?: string;
  ownerEmail?: string;
  note?: string;
}

export type Issues = { path: string; message: string }[];
export type Converted<T> = { ok: true; data: T; extras: RowExtras } | { ok: false; reason: string };

const reasonOf = (issues: Issues) => issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');

/**
 * A file row as record input: mapped columns, full names split (林美玲 → 林 + 美玲), lists split on
 * commas (also full-width ones and 、), dates and genders read the way people write them. Empty
 * cells are left out, so importing never clears a value.
 */
function toInput(values: Record<string, string>, mapping: Record<string, string | null>, stages: { key: string; label: string }[]) {
  const out: Record<string, unknown> = {};
  const address: Record<string, string> = {};
  const custom: Record<string, string> = {};
  const extras: RowExtras = {};
  for (const [header, target] of Object.entries(mapping)) {
    const raw = values[header]?.trim();
    if (!target || !raw) continue;
    if (target.startsWith('custom.')) custom[target.slice(7)] = raw;
    else if (target.startsWith('address')) address[target.slice(7, 8).toLowerCase() + target.slice(8)] = raw;
    else if (target === 'fullName') {
      const { firstName, lastName } = splitFullName(raw);
      out.firstName ??= firstName || undefined;
      out.lastName ??= lastName || undefined;
    } else if (target === 'emails' || target === 'phones' || target === 'tags') out[target] = split(raw);
    else if (target === 'email') out.email = raw.toLowerCase();
    else if (target === 'gender') out.gender = genders[raw.toLowerCase()] ?? raw;
    else if (target === 'birthday') out.birthday = isoDate(raw);
    else if (target === 'lifecycleStage') out.lifecycleStage = stages.find((s) => s.key === raw || s.label.toLowerCase() === raw.toLowerCase())?.key ?? raw;
    else if (target === 'companyName') extras.companyName = raw;
    else if (target === 'owner') extras.ownerEmail = raw.toLowerCase();
    else if (target === 'note') extras.note = raw;
    else out[target] = raw;
  }
  if (Object.keys(address).length) out.address = address;
  if (Object.keys(custom).length) out.custom = custom;
  return { input: out, extras };
}

function parsed<S extends z.ZodType>(schema: S, input: unknown, extras: RowExtras): Converted<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data, extras };
  return { ok: false, reason: reasonOf(r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))) };
}

export function rowToContact(values: Record<string, string>, mapping: Record<string, string | null>, stages: { key: string; label: string }[]) {
  const { input, extras } = toInput(values, mapping, stages);
  return parsed(contactInputSchema, input, extras);
}

export function rowToCompany(values: Record<string, string>, mapping: Record<string, string | null>) {
  const { input, extras } = toInput(values, mapping, []);
  return parsed(companyInputSchema, input, extras);
}

export { reasonOf };

import { sql, type SQL } from 'drizzle-orm';
import type { FieldDescriptor, FilterCondition, FilterGroup, FilterNode, FilterOperator } from '@rapport/contracts';
import { maxFilterDepth } from '@rapport/contracts';
import { textArray } from './db.js';
import { AppError, type FieldError } from './errors.js';

export type FilterFieldType = FieldDescriptor['type'];

/**
 * A field as filters, sorts and columns see it: its path, type and the SQL expression of its value.
 * Entities publish their fields (standard and custom); the compiler knows nothing of any table.
 */
export interface FilterField {
  path: string;
  label: string;
  type: FilterFieldType;
  expr: SQL;
  options?: { value: string; label: string }[] | undefined;
  isCustom?: boolean;
  isSortable?: boolean;
  isEditable?: boolean;
  /**
   * An indexable equality for this value (custom fields: `custom @> {"k": v}`), used instead of
   * `expr = v` when present.
   */
  containsEq?: (value: string | number | boolean) => SQL;
  /** Maps a typed value to the stored form, e.g. a phone number to E.164. */
  normalize?: (value: string) => string;
}

const textOps: FilterOperator[] = ['eq', 'neq', 'contains', 'not_contains', 'starts_with', 'in', 'not_in', 'is_set', 'is_not_set'];
const numberOps: FilterOperator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'not_in', 'is_set', 'is_not_set'];
const dateOps: FilterOperator[] = [
  'eq',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'within_last_days',
  'within_next_days',
  'before_last_days',
  'is_set',
  'is_not_set',
];
const listOps: FilterOperator[] = ['in', 'not_in', 'all', 'is_set', 'is_not_set'];
const choiceOps: FilterOperator[] = ['eq', 'neq', 'in', 'not_in', 'is_set', 'is_not_set'];

/** The operators each type accepts; the UI offers exactly these. */
export function operatorsFor(type: FilterFieldType): FilterOperator[] {
  switch (type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'url':
      return textOps;
    case 'number':
    case 'currency':
      return numberOps;
    case 'date':
      return [...dateOps, 'anniversary_this_month'];
    case 'datetime':
      return dateOps;
    case 'boolean':
      return ['eq', 'is_set', 'is_not_set'];
    case 'select':
    case 'reference':
      return choiceOps;
    case 'multi_select':
    case 'tags':
    case 'text_list':
      return listOps;
  }
}

export function describeField(f: FilterField): FieldDescriptor {
  return {
    path: f.path,
    label: f.label,
    type: f.type,
    ...(f.options ? { options: f.options } : {}),
    isCustom: Boolean(f.isCustom),
    isSortable: Boolean(f.isSortable),
    isEditable: Boolean(f.isEditable),
    operators: operatorsFor(f.type),
  };
}

/** The Postgres type a value of this field is compared as; casts keep parameters typed. */
export function pgTypeOf(type: FilterFieldType): string {
  switch (type) {
    case 'number':
    case 'currency':
      return 'numeric';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** Problems found while compiling, each with the path of its condition. */
export class FilterErrors {
  readonly list: FieldError[] = [];
  add(path: string, message: string) {
    this.list.push({ path, message });
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Compiles a filter tree to one parameterised SQL condition. Values are always bound, never spliced
 * into the text. Every problem is collected with the path of its condition ("filter.children.1.value")
 * and reported together.
 */
export function compileFilter(group: FilterGroup, fields: ReadonlyMap<string, FilterField>, basePath = 'filter'): SQL | undefined {
  const errors = new FilterErrors();
  const out = compileGroup(group, fields, basePath, 1, errors);
  if (errors.list.length) throw new AppError('validation_failed', 'The filter is not valid', { errors: errors.list });
  return out;
}

function compileGroup(g: FilterGroup, fields: ReadonlyMap<string, FilterField>, path: string, depth: number, errors: FilterErrors): SQL | undefined {
  if (depth > maxFilterDepth) {
    errors.add(path, `Filters nest at most ${maxFilterDepth} levels deep`);
    return undefined;
  }
  const parts = g.children
    .map((child: FilterNode, i) =>
      child.type === 'group'
        ? compileGroup(child, fields, `${path}.children.${i}`, depth + 1, errors)
        : compileCondition(child, fields, `${path}.children.${i}`, errors),
    )
    .filter((p): p is SQL => p !== undefined);
  if (parts.length === 0) return g.negate ? sql`false` : undefined;
  const joined = sql.join(
    parts.map((p) => sql`(${p})`),
    g.combinator === 'or' ? sql` or ` : sql` and `,
  );
  // Parenthesised, so an OR at the top can't slip out of the AND that holds the workspace filter.
  // NOT of an unknown (a condition on an empty field) is unknown: coalesced, so a negated group
  // holds exactly the records its plain form leaves out.
  return g.negate ? sql`not coalesce((${joined}), false)` : sql`(${joined})`;
}

/** One condition, or undefined with its problems added to `errors` (segments compile theirs with this). */
export function compileCondition(c: FilterCondition, fields: ReadonlyMap<string, FilterField>, path: string, errors: FilterErrors): SQL | undefined {
  const field = fields.get(c.field);
  if (!field) {
    errors.add(`${path}.field`, `Unknown field ${c.field}`);
    return undefined;
  }
  if (!operatorsFor(field.type).includes(c.op)) {
    errors.add(`${path}.op`, `${c.op} does not apply to ${field.label}`);
    return undefined;
  }
  const value = readValue(c, field, `${path}.value`, errors);
  if (value === invalid) return undefined;
  return conditionSql(field, c.op, value);
}

const invalid: unique symbol = Symbol('invalid');
type Scalar = string | number | boolean;
type Value = Scalar | Scalar[] | null;

/** Checks the value's shape against the operator and the field's type, and normalises it. */
function readValue(c: FilterCondition, field: FilterField, path: string, errors: FilterErrors): Value | typeof invalid {
  const fail = (message: string): typeof invalid => {
    errors.add(path, message);
    return invalid;
  };
  const v = c.value ?? null;
  switch (c.op) {
    case 'is_set':
    case 'is_not_set':
    case 'anniversary_this_month':
      return null;
    case 'within_last_days':
    case 'within_next_days':
    case 'before_last_days': {
      const n = typeof v === 'string' ? Number(v) : v;
      return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 36500 ? n : fail('A whole number of days');
    }
    case 'in':
    case 'not_in':
    case 'all': {
      const list = Array.isArray(v) ? v : v === null ? [] : [v];
      if (list.length === 0) return fail('Choose at least one value');
      const out: Scalar[] = [];
      for (const item of list) {
        const one = scalarOf(item, field);
        if (one === invalid) return fail(`Not a valid ${field.type} value: ${String(item)}`);
        out.push(one);
      }
      return out;
    }
    case 'between': {
      if (!Array.isArray(v) || v.length !== 2) return fail('Give two values: from and to');
      const a = scalarOf(v[0]!, field);
      const b = scalarOf(v[1]!, field);
      return a === invalid || b === invalid ? fail(`Not a valid ${field.type} range`) : [a, b];
    }
    default: {
      if (v === null || Array.isArray(v)) return fail('A value is needed');
      const one = scalarOf(v, field);
      return one === invalid ? fail(`Not a valid ${field.type} value`) : one;
    }
  }
}

function scalarOf(v: Scalar, field: FilterField): Scalar | typeof invalid {
  switch (field.type) {
    case 'number':
    case 'currency': {
      const n = typeof v === 'number' ? v : Number(v);
      return typeof v !== 'boolean' && v !== '' && Number.isFinite(n) ? n : invalid;
    }
    case 'boolean':
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : invalid;
    case 'date':
      return typeof v === 'string' && isoDate.test(v) && !Number.isNaN(Date.parse(v)) ? v : invalid;
    case 'datetime':
      return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : invalid;
    case 'select':
    case 'multi_select':
      return typeof v === 'string' && (!field.options || field.options.some((o) => o.value === v)) ? v : invalid;
    default: {
      if (typeof v !== 'string' && typeof v !== 'number') return invalid;
      const s = String(v).trim();
      return field.normalize ? field.normalize(s) : s;
    }
  }
}

const isList = (t: FilterFieldType) => t === 'multi_select' || t === 'tags' || t === 'text_list';
const isTextual = (t: FilterFieldType) => ['text', 'long_text', 'email', 'phone', 'url'].includes(t);

function conditionSql(f: FilterField, op: FilterOperator, value: Value): SQL {
  const e = f.expr;
  const cast = sql.raw(pgTypeOf(f.type));
  const bind = (v: Scalar) => sql`${v}::${cast}`;
  if (isList(f.type)) return listConditionSql(f, op, value as Scalar[] | null);
  switch (op) {
    case 'is_set':
      return isTextual(f.type) ? sql`coalesce(${e}, '') <> ''` : sql`${e} is not null`;
    case 'is_not_set':
      return isTextual(f.type) ? sql`coalesce(${e}, '') = ''` : sql`${e} is null`;
    case 'eq':
      if (f.containsEq) return f.containsEq(value as Scalar);
      return isTextual(f.type) ? sql`lower(${e}) = lower(${value as string})` : sql`${e} = ${bind(value as Scalar)}`;
    case 'neq':
      return isTextual(f.type)
        ? sql`lower(${e}) is distinct from lower(${value as string})`
        : sql`${e} is distinct from ${bind(value as Scalar)}`;
    case 'contains':
      return sql`${e} ilike ${`%${escapeLike(String(value))}%`}`;
    case 'not_contains':
      return sql`coalesce(${e}, '') not ilike ${`%${escapeLike(String(value))}%`}`;
    case 'starts_with':
      return sql`${e} ilike ${`${escapeLike(String(value))}%`}`;
    case 'in':
    case 'not_in': {
      const values = value as Scalar[];
      const list = isTextual(f.type)
        ? sql`lower(${e}) in (${sql.join(values.map((v) => sql`lower(${String(v)})`), sql`, `)})`
        : sql`${e} in (${sql.join(values.map(bind), sql`, `)})`;
      return op === 'in' ? list : sql`(${e} is null or not (${list}))`;
    }
    case 'gt':
      return sql`${e} > ${bind(value as Scalar)}`;
    case 'gte':
      return sql`${e} >= ${bind(value as Scalar)}`;
    case 'lt':
      return sql`${e} < ${bind(value as Scalar)}`;
    case 'lte':
      return sql`${e} <= ${bind(value as Scalar)}`;
    case 'between': {
      const [a, b] = value as [Scalar, Scalar];
      return sql`${e} between ${bind(a)} and ${bind(b)}`;
    }
    case 'within_last_days':
      return f.type === 'date'
        ? sql`${e} between current_date - ${value as number}::int and current_date`
        : sql`${e} between now() - make_interval(days => ${value as number}::int) and now()`;
    case 'within_next_days':
      return f.type === 'date'
        ? sql`${e} between current_date and current_date + ${value as number}::int`
        : sql`${e} between now() and now() + make_interval(days => ${value as number}::int)`;
    case 'before_last_days':
      return f.type === 'date'
        ? sql`${e} < current_date - ${value as number}::int`
        : sql`${e} < now() - make_interval(days => ${value as number}::int)`;
    case 'anniversary_this_month':
      return sql`extract(month from ${e}) = extract(month from current_date)`;
    case 'all':
      // operatorsFor never offers `all` to a scalar field.
      return sql`false`;
  }
}

/** List fields are text[] columns (tags, emails) or jsonb arrays (multi-select custom fields). */
function listConditionSql(f: FilterField, op: FilterOperator, values: Scalar[] | null): SQL {
  const e = f.expr;
  const isJson = f.isCustom;
  const arr = textArray((values ?? []).map(String));
  switch (op) {
    case 'in':
      return isJson ? sql`${e} ?| ${arr}` : sql`${e} && ${arr}`;
    case 'all':
      return isJson ? sql`${e} ?& ${arr}` : sql`${e} @> ${arr}`;
    case 'not_in':
      return isJson ? sql`not coalesce(${e} ?| ${arr}, false)` : sql`not (${e} && ${arr})`;
    case 'is_set':
      return isJson ? sql`jsonb_array_length(coalesce(${e}, '[]'::jsonb)) > 0` : sql`cardinality(${e}) > 0`;
    default:
      return isJson ? sql`jsonb_array_length(coalesce(${e}, '[]'::jsonb)) = 0` : sql`cardinality(${e}) = 0`;
  }
}

/** Parses the `filter` query parameter of GET lists: a FilterGroup as JSON. */
export function parseFilterParam(raw: string | undefined, parse: (v: unknown) => FilterGroup): FilterGroup | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('validation_failed', 'filter is not valid JSON', { errors: [{ path: 'filter', message: 'Not valid JSON' }] });
  }
  return parse(json);
}

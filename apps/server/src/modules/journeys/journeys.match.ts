import type { PropertyFilter } from '@rapport/contracts';

/**
 * Property filters of triggers, wait-fors, exits and goals, tested on one event's properties as
 * the segment compiler tests them in SQL: text compares case-insensitively, numbers as numbers
 * (numeric text too), and dots reach into objects.
 */

function valueAt(props: Record<string, unknown>, path: string): unknown {
  let v: unknown = props;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const numberOf = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
const textOf = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);

function equals(actual: unknown, x: string | number | boolean): boolean {
  if (typeof x === 'number') return numberOf(actual) === x;
  if (typeof x === 'boolean') return actual === x;
  return textOf(actual)?.toLowerCase() === x.toLowerCase();
}

function holds(props: Record<string, unknown>, f: PropertyFilter): boolean {
  const actual = valueAt(props, f.property);
  const v = f.value ?? null;
  switch (f.op) {
    case 'is_set':
      return actual !== null && actual !== undefined;
    case 'is_not_set':
      return actual === null || actual === undefined;
    case 'in':
    case 'not_in': {
      const list = Array.isArray(v) ? v : v === null ? [] : [v];
      const any = list.some((x) => equals(actual, x));
      return f.op === 'in' ? any : !any;
    }
  }
  if (v === null || Array.isArray(v)) return false;
  switch (f.op) {
    case 'eq':
      return equals(actual, v);
    case 'neq':
      return !equals(actual, v);
    case 'contains':
      return textOf(actual)?.toLowerCase().includes(String(v).toLowerCase()) ?? false;
    case 'starts_with':
      return textOf(actual)?.toLowerCase().startsWith(String(v).toLowerCase()) ?? false;
    default: {
      const n = numberOf(actual);
      if (n === undefined || typeof v !== 'number') return false;
      return f.op === 'gt' ? n > v : f.op === 'gte' ? n >= v : f.op === 'lt' ? n < v : n <= v;
    }
  }
}

/** Whether an event's properties pass every filter. */
export function matchesWhere(props: Record<string, unknown> | null | undefined, where: PropertyFilter[] | undefined): boolean {
  return (where ?? []).every((f) => holds(props ?? {}, f));
}

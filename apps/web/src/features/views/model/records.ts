import type { FilterGroup, Page } from '@rapport/contracts';
import type { InfiniteData } from '@tanstack/react-query';

/** The kanban column of records with no value in the grouping field. */
export const noGroup = '__none__';

/** What every listed record has: an id, custom values and possibly an address. */
export interface ListRecord {
  id: string;
  custom: Record<string, unknown>;
}

const split = (path: string): [string, string | undefined] => {
  const dot = path.indexOf('.');
  return dot < 0 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
};

/** A field's value by its path: "email", "address.city", "custom.vip_level". */
export function getFieldValue(record: object, path: string): unknown {
  const [head, rest] = split(path);
  const value = (record as Record<string, unknown>)[head];
  if (rest === undefined) return value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[rest] : undefined;
}

/** A copy of `record` with the field at `path` set. */
export function setFieldValue<T extends object>(record: T, path: string, value: unknown): T {
  const [head, rest] = split(path);
  if (rest === undefined) return { ...record, [head]: value };
  const inner = (record as Record<string, unknown>)[head];
  return { ...record, [head]: { ...(inner && typeof inner === 'object' ? inner : {}), [rest]: value } };
}

/** The PATCH body that sets one field: nested parts go in their object ({custom: {key: v}}, {address: {city: v}}). */
export function fieldPatch(path: string, value: unknown): Record<string, unknown> {
  const [head, rest] = split(path);
  return rest === undefined ? { [head]: value } : { [head]: { [rest]: value } };
}

type Pages<T> = InfiniteData<Page<T>, unknown>;

export function replaceInPages<T extends { id: string }>(data: Pages<T> | undefined, id: string, fn: (r: T) => T): Pages<T> | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((p) => {
    if (!p.data.some((r) => r.id === id)) return p;
    changed = true;
    return { ...p, data: p.data.map((r) => (r.id === id ? fn(r) : r)) };
  });
  return changed ? { ...data, pages } : data;
}

export function findInPages<T extends { id: string }>(data: Pages<T> | undefined, id: string): T | undefined {
  for (const p of data?.pages ?? []) {
    const hit = p.data.find((r) => r.id === id);
    if (hit) return hit;
  }
  return undefined;
}

export function removeFromPages<T extends { id: string }>(data: Pages<T> | undefined, id: string): Pages<T> | undefined {
  if (!findInPages(data, id) || !data) return data;
  return { ...data, pages: data.pages.map((p) => ({ ...p, data: p.data.filter((r) => r.id !== id) })) };
}

/** Puts the record first in the list (a card dropped into a column lands on top). */
export function prependToPages<T extends { id: string }>(data: Pages<T> | undefined, record: T): Pages<T> | undefined {
  if (!data || findInPages(data, record.id)) return data;
  const [first, ...rest] = data.pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, data: [record, ...first.data] }, ...rest] };
}

/** Moves an item of a list (column order) from one index to another. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list.slice();
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** A kanban column's filter: the list's filter AND the grouping field having the column's value (or none). */
export function columnFilter(filter: FilterGroup | null, field: string, column: string): FilterGroup {
  const condition =
    column === noGroup
      ? ({ type: 'condition', field, op: 'is_not_set' } as const)
      : ({ type: 'condition', field, op: 'eq', value: column } as const);
  return { type: 'group', combinator: 'and', children: filter ? [filter, condition] : [condition] };
}

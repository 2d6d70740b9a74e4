import type { NasldState, SegmentGroup } from '@rapport/contracts';

const model = (field: string, value: string | number) => ({ type: 'model' as const, field, op: 'eq' as const, value });
const all = (...children: SegmentGroup['children']): SegmentGroup => ({ type: 'group', combinator: 'and', children });

/** The contacts of one cell of the RFM grid. */
export const rfmCellDefinition = (r: number, f: number) => all(model('rfm.r', r), model('rfm.f', f));
export const rfmGroupDefinition = (group: string) => all(model('rfm.group', group));
export const nasldStateDefinition = (state: NasldState) => all(model('nasld.state', state));

/** JSON with keys sorted and `negate: false` dropped, so equal definitions compare equal however they were written. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([k, x]) => x !== undefined && !(k === 'negate' && x === false));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export const sameDefinition = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** `name`, or "name (2)", "name (3)"… whichever no segment holds yet (names are unique whatever their case). */
export function freeName(name: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

import { mergeableContactFields, type Contact, type MergeContactsInput } from '@rapport/contracts';

export type StandardMergeField = (typeof mergeableContactFields)[number];
/** A field whose surviving value is picked: a standard one, or `custom.<key>`. */
export type MergeField = StandardMergeField | `custom.${string}`;
/** Which of the two contacts on screen: A (left) or B (right). */
export type Side = 'a' | 'b';
export type Picks = Partial<Record<MergeField, Side>>;

const customPrefix = 'custom.';

export function fieldValue(contact: Contact, field: MergeField): unknown {
  if (field.startsWith(customPrefix)) return contact.custom[field.slice(customPrefix.length)];
  return contact[field as StandardMergeField];
}

/** Null, blank, an empty list, or an object (an address) with nothing in it. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

export const sameValue = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** The fields to choose between: every standard one and each custom field either contact has, where at least one has a value. */
export function mergeFields(a: Contact, b: Contact): MergeField[] {
  const customKeys = [...new Set([...Object.keys(a.custom), ...Object.keys(b.custom)])].sort();
  const all: MergeField[] = [...mergeableContactFields, ...customKeys.map((k): MergeField => `custom.${k}`)];
  return all.filter((f) => !isEmptyValue(fieldValue(a, f)) || !isEmptyValue(fieldValue(b, f)));
}

/** A's value for every field, unless A's is empty and B has one. */
export function defaultPicks(a: Contact, b: Contact, fields: MergeField[]): Picks {
  return Object.fromEntries(fields.map((f) => [f, isEmptyValue(fieldValue(a, f)) && !isEmptyValue(fieldValue(b, f)) ? 'b' : 'a']));
}

/** The request: picks by side become picks by role, for every field shown, so the server applies no rule of its own. */
export function mergeInput(a: Contact, b: Contact, survivor: Side, picks: Picks): MergeContactsInput {
  const [kept, merged] = survivor === 'a' ? [a, b] : [b, a];
  const pick: Record<string, 'survivor' | 'merged'> = {};
  for (const [field, side] of Object.entries(picks)) pick[field] = side === survivor ? 'survivor' : 'merged';
  return { survivorId: kept.id, mergedId: merged.id, pick };
}

/** The rule custom-field and lifecycle-stage keys follow (see custom-fields.ts in the contracts). */
export const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const MAX = 40;

/**
 * A machine key suggested from a human label: "VIP level" → "vip_level", "Café №1" → "cafe_no1".
 * Labels with no Latin letters or digits ("會員等級") give "", so callers fall back to a numbered key.
 */
export function keyFromLabel(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) return '';
  const lettered = /^[a-z]/.test(slug) ? slug : `f_${slug}`;
  return lettered.slice(0, MAX).replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3`… whichever is not taken, within the 40-character limit. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A key for `label` that is unique among `taken`; `fallback` (e.g. "field") names labels without Latin text. */
export function suggestKey(label: string, taken: Iterable<string>, fallback: string): string {
  const list = [...taken];
  const base = keyFromLabel(label);
  if (base) return uniqueKey(base, list);
  return uniqueKey(`${fallback}_${list.length + 1}`, list);
}

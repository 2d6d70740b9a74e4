import { contactSchema, contactTraitsSchema, templateVariables } from '@rapport/contracts';

export type VariableRoot = keyof typeof templateVariables;

export interface VariableGroup {
  root: VariableRoot;
  /** Full paths to insert ("contact.firstName"); empty for a root read by property name (event). */
  paths: string[];
}

// The fields most templates use, kept only while the contracts still have them.
const contactFields = ['firstName', 'lastName', 'name', 'email', 'phone', 'locale', 'birthday', 'jobTitle', 'address.city', 'company.name'];
const traitFields = ['orderCount', 'revenue', 'lastOrderAt', 'daysSinceLastOrder', 'favouriteCategory'];
const couponFields = ['code', 'value', 'expiresAt'];

const known = (shape: object, path: string) => path.split('.')[0]! in shape;

/** What a template may read, grouped by root as the server's `templateVariables` lists them. */
export function variableGroups(customKeys: string[]): VariableGroup[] {
  const groups: Record<VariableRoot, string[]> = {
    contact: [
      ...contactFields.filter((f) => known(contactSchema.shape, f)).map((f) => `contact.${f}`),
      ...customKeys.map((k) => `contact.custom.${k}`),
      ...traitFields.filter((f) => known(contactTraitsSchema.shape, f)).map((f) => `contact.traits.${f}`),
    ],
    event: [],
    coupon: couponFields.map((f) => `coupon.${f}`),
    workspace: ['workspace.name'],
    unsubscribe_url: ['unsubscribe_url'],
    preferences_url: ['preferences_url'],
    confirm_url: ['confirm_url'],
  };
  return (Object.keys(templateVariables) as VariableRoot[]).map((root) => ({ root, paths: groups[root] }));
}

/** A property name usable after "event." in Liquid: letters, digits and underscores. */
export const isPropertyName = (name: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);

export const liquidOutput = (path: string) => `{{ ${path} }}`;

/** `value` with `snippet` in place of the selection, and where the caret goes after it. */
export function insertAt(value: string, start: number, end: number, snippet: string): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + snippet + value.slice(to), caret: from + snippet.length };
}

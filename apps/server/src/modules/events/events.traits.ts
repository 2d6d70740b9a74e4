import { contactInputSchema } from '@rapport/contracts';
import type { FieldError } from '../../platform/errors.js';
import type { ContactData } from '../contacts/index.js';

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const pick = (t: Record<string, unknown>, ...keys: string[]) => {
  for (const k of keys) if (t[k] !== undefined && t[k] !== null) return t[k];
  return undefined;
};

/**
 * Segment's reserved traits, as contact fields. A trait named like one of the workspace's custom
 * fields fills it. Each field is validated alone, so a bad email drops only the email.
 */
export function traitsToContact(traits: Record<string, unknown>, customKeys: ReadonlySet<string>): { data: ContactData; dropped: FieldError[] } {
  const address = (typeof traits.address === 'object' && traits.address) || {};
  const a = address as Record<string, unknown>;
  const birthday = text(pick(traits, 'birthday'));
  const raw: Record<string, unknown> = {
    email: text(pick(traits, 'email')),
    phone: text(pick(traits, 'phone', 'mobile')),
    firstName: text(pick(traits, 'firstName', 'first_name')),
    lastName: text(pick(traits, 'lastName', 'last_name')),
    displayName: text(pick(traits, 'name')),
    // Segment sends birthdays as ISO date-times; a contact keeps the date.
    birthday: birthday && /^\d{4}-\d{2}-\d{2}/.test(birthday) ? birthday.slice(0, 10) : birthday,
    gender: text(pick(traits, 'gender'))?.toLowerCase(),
    jobTitle: text(pick(traits, 'title', 'jobTitle')),
    timezone: text(pick(traits, 'timezone')),
    locale: text(pick(traits, 'locale')),
  };
  const addr = { country: text(a.country), city: text(a.city), district: text(a.state ?? a.district), postcode: text(a.postalCode ?? a.postal_code), line: text(a.street) };
  if (Object.values(addr).some((v) => v !== undefined)) raw.address = Object.fromEntries(Object.entries(addr).filter(([, v]) => v !== undefined));
  const custom = Object.fromEntries(Object.entries(traits).filter(([k]) => customKeys.has(k)));
  if (Object.keys(custom).length) raw.custom = custom;

  const data: Record<string, unknown> = {};
  const dropped: FieldError[] = [];
  const shape = contactInputSchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }>;
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    const parsed = shape[k]!.safeParse(v);
    if (parsed.success) data[k] = parsed.data;
    else dropped.push({ path: k, message: parsed.error?.issues[0]?.message ?? 'Invalid value' });
  }
  return { data: data as ContactData, dropped };
}

/** Whether traits carry anything for the profile. */
export const hasContactData = (data: ContactData) => Object.values(data).some((v) => v !== undefined && v !== null);

/** A LINE user id among the traits, if any (LINE Login's "sub", U + 32 hex). */
export const lineUserIdOf = (traits: Record<string, unknown> | null) => {
  const v = traits && text(pick(traits, 'lineUserId', 'line_user_id', 'lineId', 'line_id'));
  return v && /^U[0-9a-f]{32}$/.test(v) ? v : null;
};

import { defaultIdentityLimit, defaultIdentityLimits, type IdentityRules } from '@rapport/contracts';

/** Kinds every workspace has; other kinds are external ids the workspace's sources send. */
export const builtInKinds = ['anonymous_id', 'line'] as const;

/** What the server applies to a kind without a limit of its own. */
export const defaultLimitOf = (kind: string): number => defaultIdentityLimits[kind] ?? defaultIdentityLimit;

/** The contract's rule for kind names (identityRulesSchema.limits keys). */
export const kindPattern = /^[a-z][a-z0-9_]{0,39}$/;

export interface LimitRow {
  kind: string;
  /** Empty: the default applies. */
  limit: number | string;
  /** Built-in kinds can't be renamed or removed. */
  builtIn: boolean;
}

export interface IdentityRulesForm {
  blockedValues: string[];
  limits: LimitRow[];
}

/** The form for a workspace's rules: a row for each built-in kind, then each kind with a limit set. */
export function toForm(rules: IdentityRules): IdentityRulesForm {
  const builtIn: readonly string[] = builtInKinds;
  const others = Object.keys(rules.limits)
    .filter((k) => !builtIn.includes(k))
    .sort();
  return {
    blockedValues: rules.blockedValues,
    limits: [
      ...builtInKinds.map((kind) => ({ kind, limit: rules.limits[kind] ?? '', builtIn: true })),
      ...others.map((kind) => ({ kind, limit: rules.limits[kind] ?? '', builtIn: false })),
    ],
  };
}

/** The rules to save: a row left empty (or without a kind) falls back to the default, so it is left out. */
export function toRules(form: IdentityRulesForm): IdentityRules {
  const limits: Record<string, number> = {};
  for (const row of form.limits) {
    const kind = row.kind.trim();
    if (kind && typeof row.limit === 'number') limits[kind] = row.limit;
  }
  const blockedValues = [...new Set(form.blockedValues.map((v) => v.trim()).filter(Boolean))];
  return { blockedValues, limits };
}

/** Per-row problems, keyed like Mantine form paths ("limits.2.kind"). */
export function limitErrors(rows: LimitRow[], messages: { format: string; duplicate: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const kind = row.kind.trim();
    if (row.builtIn || (!kind && row.limit === '')) return;
    if (!kindPattern.test(kind)) errors[`limits.${i}.kind`] = messages.format;
    else if (seen.has(kind) || (builtInKinds as readonly string[]).includes(kind)) errors[`limits.${i}.kind`] = messages.duplicate;
    seen.add(kind);
  });
  return errors;
}

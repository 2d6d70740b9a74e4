import type { LifecycleRule, LifecycleSettings, SegmentGroup } from '@rapport/contracts';
import { canonicalJson } from './segment-definitions';

/**
 * Ready-made conditions for lifecycle rules. Any other condition is edited as JSON here; the full
 * visual builder lives with segments.
 */
export const lifecyclePresets = {
  first_order: { type: 'group', combinator: 'and', children: [{ type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'gte', value: 1 }] },
  repeat: { type: 'group', combinator: 'and', children: [{ type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'gte', value: 2 }] },
  churned: { type: 'group', combinator: 'and', children: [{ type: 'model', field: 'nasld.state', op: 'eq', value: 'D' }] },
} satisfies Record<string, SegmentGroup>;

export type PresetId = keyof typeof lifecyclePresets;
export type ConditionChoice = PresetId | 'custom';
export const conditionChoices: ConditionChoice[] = ['first_order', 'repeat', 'churned', 'custom'];

export interface RuleRow {
  stage: string;
  condition: ConditionChoice;
  /** The condition as JSON, kept while a preset is chosen so switching to custom starts from it. */
  json: string;
}

export interface LifecycleValues {
  enabled: boolean;
  rules: RuleRow[];
}

const pretty = (definition: unknown) => JSON.stringify(definition, null, 2);

/** The preset a definition is, if it is one. */
export function presetOf(definition: SegmentGroup): PresetId | null {
  const json = canonicalJson(definition);
  return (Object.keys(lifecyclePresets) as PresetId[]).find((id) => canonicalJson(lifecyclePresets[id]) === json) ?? null;
}

export const toRuleRow = (rule: LifecycleRule): RuleRow => ({ stage: rule.stage, condition: presetOf(rule.definition) ?? 'custom', json: pretty(rule.definition) });

export const toLifecycleValues = (settings: LifecycleSettings): LifecycleValues => ({ enabled: settings.enabled, rules: settings.rules.map(toRuleRow) });

/** A row switched to another condition: a preset fills in its JSON; custom keeps what is there. */
export const withCondition = (row: RuleRow, condition: ConditionChoice): RuleRow =>
  condition === 'custom' ? { ...row, condition } : { ...row, condition, json: pretty(lifecyclePresets[condition]) };

export const newRuleRow = (stage: string, condition: PresetId = 'first_order'): RuleRow => withCondition({ stage, condition, json: '' }, condition);

/** The rule's condition, or null when its JSON does not parse to a group. */
export function definitionOf(row: RuleRow): SegmentGroup | null {
  if (row.condition !== 'custom') return lifecyclePresets[row.condition];
  try {
    const parsed = JSON.parse(row.json) as unknown;
    return parsed && typeof parsed === 'object' && (parsed as { type?: unknown }).type === 'group' ? (parsed as SegmentGroup) : null;
  } catch {
    return null;
  }
}

/** Rules for the stages a workspace has of the defaults: churned first, since the first rule that holds wins. */
export function suggestedRules(stageKeys: string[]): RuleRow[] {
  const suggestions: [string, PresetId][] = [
    ['churned', 'churned'],
    ['repeat_customer', 'repeat'],
    ['customer', 'first_order'],
  ];
  return suggestions.filter(([stage]) => stageKeys.includes(stage)).map(([stage, preset]) => newRuleRow(stage, preset));
}

/**
 * Where the server's error paths show on the form: "lifecycle.rules.0.stage" on the stage,
 * anything inside a definition on the condition.
 */
export function lifecycleFormPath(serverPath: string): string | null {
  const m = /^lifecycle\.rules\.(\d+)(?:\.(stage|definition)(?:\..*)?)?$/.exec(serverPath);
  if (m) return m[2] === 'stage' ? `rules.${m[1]}.stage` : `rules.${m[1]}.json`;
  if (serverPath === 'lifecycle.rules' || serverPath === 'lifecycle') return 'rules';
  if (serverPath === 'lifecycle.enabled') return 'enabled';
  return null;
}

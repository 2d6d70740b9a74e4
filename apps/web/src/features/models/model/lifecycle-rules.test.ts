import { describe, expect, it } from 'vitest';
import { definitionOf, lifecycleFormPath, lifecyclePresets, newRuleRow, presetOf, suggestedRules, toRuleRow, withCondition } from './lifecycle-rules';

describe('lifecycle rules', () => {
  it('recognises a preset however its keys are ordered', () => {
    const stored = { combinator: 'and' as const, type: 'group' as const, negate: false, children: [{ value: 2, op: 'gte' as const, type: 'orders' as const, metric: 'count' as const, window: { kind: 'ever' as const } }] };
    expect(presetOf(stored)).toBe('repeat');
    expect(toRuleRow({ stage: 'repeat_customer', definition: stored }).condition).toBe('repeat');
    expect(presetOf({ type: 'group', combinator: 'or', children: [] })).toBeNull();
  });

  it('keeps the JSON of the last preset when switching to custom', () => {
    const row = withCondition(newRuleRow('churned', 'churned'), 'custom');
    expect(row.condition).toBe('custom');
    expect(definitionOf(row)).toEqual(lifecyclePresets.churned);
  });

  it('reads a custom condition only when it is a group', () => {
    expect(definitionOf({ stage: 'x', condition: 'custom', json: '{"type":"group","combinator":"and","children":[]}' })).toEqual({ type: 'group', combinator: 'and', children: [] });
    expect(definitionOf({ stage: 'x', condition: 'custom', json: '{"type":"orders"}' })).toBeNull();
    expect(definitionOf({ stage: 'x', condition: 'custom', json: '{' })).toBeNull();
  });

  it('suggests rules for the default stages the workspace has, churned first', () => {
    expect(suggestedRules(['lead', 'customer', 'churned']).map((r) => [r.stage, r.condition])).toEqual([
      ['churned', 'churned'],
      ['customer', 'first_order'],
    ]);
  });

  it('puts server errors on the stage or the condition of their rule', () => {
    expect(lifecycleFormPath('lifecycle.rules.0.stage')).toBe('rules.0.stage');
    expect(lifecycleFormPath('lifecycle.rules.2.definition.children.0.field')).toBe('rules.2.json');
    expect(lifecycleFormPath('lifecycle.rules.1.definition')).toBe('rules.1.json');
    expect(lifecycleFormPath('lifecycle.rules')).toBe('rules');
    expect(lifecycleFormPath('nasld.lostMultiplier')).toBeNull();
  });
});

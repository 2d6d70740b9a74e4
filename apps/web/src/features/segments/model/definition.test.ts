import type { FieldDescriptor, SegmentCatalog, SegmentGroup } from '@rapport/contracts';
import { segmentGroupSchema } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { conditionMenu, isConditionComplete, newCondition, sameDefinition, sendableDefinition, unfinishedConditions } from './definition';

const field = (path: string, type: FieldDescriptor['type'], operators: FieldDescriptor['operators']): FieldDescriptor => ({
  path,
  label: path,
  type,
  isCustom: false,
  isSortable: true,
  isEditable: true,
  operators,
});
const catalog: Pick<SegmentCatalog, 'profile' | 'models'> = {
  profile: [field('address.city', 'text', ['eq', 'neq'])],
  models: [field('rfm.group', 'select', ['eq', 'in'])],
};

describe('new conditions', () => {
  it('starts every kind of the menu with a condition the schema accepts once its blanks are filled', () => {
    for (const choice of conditionMenu.flatMap((s) => s.choices)) {
      const c = newCondition(choice, catalog);
      const filled = JSON.parse(JSON.stringify(c).replace(/"event":""/g, '"event":"Product Viewed"').replace(/"segmentId":""/, '"segmentId":"0190a3c2-1111-7000-8000-000000000001"').replace(/"property":""/, '"property":"price"').replace(/"values":\[\]/, '"values":["tea"]').replace(/"value":""/, '"value":"Taipei"'));
      const parsed = segmentGroupSchema.safeParse({ type: 'group', combinator: 'and', children: [filled] });
      expect(parsed.success, `${choice}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('makes "did not perform" an event condition with count 0', () => {
    expect(newCondition('did_not_perform', catalog)).toMatchObject({ type: 'event', count: { op: 'eq', value: 0 } });
  });

  it('leaves what only the user can say empty, so the preview waits for it', () => {
    expect(isConditionComplete(newCondition('event', catalog))).toBe(false);
    expect(isConditionComplete(newCondition('bought', catalog))).toBe(false);
    expect(isConditionComplete(newCondition('segment', catalog))).toBe(false);
    expect(isConditionComplete(newCondition('event_sequence', catalog))).toBe(true);
    expect(isConditionComplete(newCondition('random', catalog))).toBe(true);
  });

  it('counts an event condition with an unfinished property filter as unfinished', () => {
    expect(isConditionComplete({ type: 'event', event: 'Product Viewed', where: [{ property: 'price', op: 'gt' }], count: { op: 'gte', value: 1 }, window: { kind: 'ever' } })).toBe(false);
    expect(isConditionComplete({ type: 'event', event: 'Product Viewed', where: [{ property: 'price', op: 'gt', value: 100 }], count: { op: 'gte', value: 1 }, window: { kind: 'ever' } })).toBe(true);
  });
});

describe('the definition sent to the preview', () => {
  const city = { type: 'condition', field: 'address.city', op: 'eq', value: 'Taipei' } as const;
  const blank = { type: 'event', event: '', count: { op: 'gte', value: 1 }, window: { kind: 'ever' } } as const;
  const viewed = { type: 'event', event: 'Product Viewed', count: { op: 'gte', value: 2 }, window: { kind: 'last_days', days: 30 } } as const;
  // city AND blank AND (blank OR viewed)
  const tree: SegmentGroup = { type: 'group', combinator: 'and', children: [city, blank, { type: 'group', combinator: 'or', children: [blank, viewed] }] };

  it('leaves unfinished conditions out and maps sent paths back to the builder', () => {
    const { definition, origin } = sendableDefinition(tree);
    expect(definition).toEqual({ type: 'group', combinator: 'and', children: [city, { type: 'group', combinator: 'or', children: [viewed] }] });
    // The server's "definition.children.1.children.0" is the builder's [2, 1].
    expect(origin.get('1.0')).toBe('2.1');
    expect(origin.get('1')).toBe('2');
    expect(origin.get('0')).toBe('0');
  });

  it('drops a group left empty', () => {
    const { definition } = sendableDefinition({ type: 'group', combinator: 'and', children: [city, { type: 'group', combinator: 'or', children: [blank] }] });
    expect(definition.children).toEqual([city]);
  });

  it('lists the unfinished conditions by builder path, to point at them on save', () => {
    expect(unfinishedConditions(tree)).toEqual(['1', '2.0']);
  });
});

describe('comparing definitions', () => {
  it('ignores the order of keys, as jsonb stores them in its own', () => {
    const a: SegmentGroup = { type: 'group', combinator: 'and', children: [{ type: 'random', from: 0, to: 9, salt: '' }] };
    const b = JSON.parse('{"children":[{"to":9,"salt":"","from":0,"type":"random"}],"type":"group","combinator":"and"}') as SegmentGroup;
    expect(sameDefinition(a, b)).toBe(true);
    expect(sameDefinition(a, { ...a, combinator: 'or' })).toBe(false);
  });
});

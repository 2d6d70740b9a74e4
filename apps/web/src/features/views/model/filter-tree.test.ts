import type { FilterCondition, FilterGroup } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import {
  addNode,
  andWith,
  countConditions,
  emptyGroup,
  groupDepth,
  moveNode,
  nodeAt,
  pruneEmptyGroups,
  removeNode,
  setCombinator,
  toggleNegate,
  updateCondition,
} from './filter-tree';

const cond = (field: string, value: string = field): FilterCondition => ({ type: 'condition', field, op: 'eq', value });
const group = (combinator: 'and' | 'or', ...children: FilterGroup['children']): FilterGroup => ({ type: 'group', combinator, children });

// (a AND b AND (c OR d))
const tree = group('and', cond('a'), cond('b'), group('or', cond('c'), cond('d')));

describe('filter tree editing', () => {
  it('adds a condition to the root and to a nested group without touching the original', () => {
    const root = addNode(tree, [], cond('e'));
    expect(root.children).toHaveLength(4);
    expect(addNode(tree, [2], cond('e')).children[2]).toEqual(group('or', cond('c'), cond('d'), cond('e')));
    expect(tree.children).toHaveLength(3);
  });

  it('finds nodes by path', () => {
    expect(nodeAt(tree, [2, 1])).toEqual(cond('d'));
    expect(nodeAt(tree, [0, 1])).toBeUndefined();
    expect(nodeAt(tree, [])).toBe(tree);
  });

  it('updates a condition in place', () => {
    const out = updateCondition(tree, [2, 0], { op: 'contains', value: 'x' });
    expect(nodeAt(out, [2, 0])).toEqual({ type: 'condition', field: 'c', op: 'contains', value: 'x' });
    expect(nodeAt(tree, [2, 0])).toEqual(cond('c'));
  });

  it('removes a condition, and a sub-group it leaves empty', () => {
    expect(removeNode(tree, [0]).children.map((c) => (c.type === 'condition' ? c.field : 'group'))).toEqual(['b', 'group']);
    const single = group('and', cond('a'), group('or', cond('c')));
    expect(removeNode(single, [1, 0])).toEqual(group('and', cond('a')));
    expect(removeNode(tree, [])).toEqual(emptyGroup('and'));
  });

  it('switches AND/OR and negation of a group', () => {
    expect(setCombinator(tree, [2], 'and').children[2]).toMatchObject({ combinator: 'and' });
    const negated = toggleNegate(tree, [2]);
    expect(negated.children[2]).toMatchObject({ negate: true });
    expect(toggleNegate(negated, [2]).children[2]).not.toHaveProperty('negate');
  });

  it('moves a condition within its group', () => {
    const out = moveNode(tree, [0], [2]);
    expect(out.children.map((c) => (c.type === 'condition' ? c.field : 'group'))).toEqual(['b', 'a', 'group']);
    expect(moveNode(tree, [1], [0]).children.slice(0, 2)).toEqual([cond('b'), cond('a')]);
  });

  it('moves a condition into another group and out again', () => {
    const into = moveNode(tree, [0], [2, 1]);
    expect(into).toEqual(group('and', cond('b'), group('or', cond('c'), cond('a'), cond('d'))));
    const out = moveNode(tree, [2, 0], [0]);
    expect(out).toEqual(group('and', cond('c'), cond('a'), cond('b'), group('or', cond('d'))));
  });

  it('drops a group emptied by a move, and refuses to move a group into itself', () => {
    const small = group('and', cond('a'), group('or', cond('c')));
    expect(moveNode(small, [1, 0], [0])).toEqual(group('and', cond('c'), cond('a')));
    expect(moveNode(tree, [2], [2, 0])).toBe(tree);
  });

  it('prunes empty groups at any depth', () => {
    expect(pruneEmptyGroups(group('and', cond('a'), group('or', group('and'))))).toEqual(group('and', cond('a')));
  });

  it('counts conditions and depth', () => {
    expect(countConditions(tree)).toBe(4);
    expect(countConditions(null)).toBe(0);
    expect(groupDepth(tree)).toBe(2);
  });

  it('ANDs a condition onto a filter', () => {
    expect(andWith(null, cond('x'))).toEqual(group('and', cond('x')));
    expect(andWith(tree, cond('x')).children).toHaveLength(4);
    const or = group('or', cond('a'), cond('b'));
    expect(andWith(or, cond('x'))).toEqual(group('and', or, cond('x')));
    const not = { ...group('and', cond('a')), negate: true };
    expect(andWith(not, cond('x'))).toEqual(group('and', not, cond('x')));
  });
});

import type { FilterCondition, FilterGroup, FilterNode } from '@rapport/contracts';

/**
 * Immutable editing of a filter tree. A node is addressed by its path: the child indices from the
 * root group ([] is the root, [1, 0] the first child of the root's second child). The builder never
 * leaves an empty sub-group behind, so the tree it sends is the tree it shows and the server's error
 * paths (`filter.children.1.children.0.value`) point at the node the user sees.
 */
export type NodePath = readonly number[];

export const pathKey = (path: NodePath): string => path.join('.');

export const emptyGroup = (combinator: FilterGroup['combinator'] = 'and'): FilterGroup => ({
  type: 'group',
  combinator,
  children: [],
});

export function nodeAt(root: FilterGroup, path: NodePath): FilterNode | undefined {
  let node: FilterNode | undefined = root;
  for (const index of path) {
    if (node?.type !== 'group') return undefined;
    node = node.children[index];
  }
  return node;
}

/** Replaces the node at `path` with what `fn` returns; a missing path leaves the tree unchanged. */
function mapAt(root: FilterGroup, path: NodePath, fn: (node: FilterNode) => FilterNode): FilterGroup {
  const walk = (node: FilterNode, depth: number): FilterNode => {
    if (depth === path.length) return fn(node);
    if (node.type !== 'group') return node;
    const index = path[depth]!;
    if (index < 0 || index >= node.children.length) return node;
    const children = node.children.slice();
    children[index] = walk(node.children[index]!, depth + 1);
    return { ...node, children };
  };
  return walk(root, 0) as FilterGroup;
}

function mapGroup(root: FilterGroup, path: NodePath, fn: (group: FilterGroup) => FilterGroup): FilterGroup {
  return mapAt(root, path, (node) => (node.type === 'group' ? fn(node) : node));
}

/** Appends `node` to the group at `groupPath`. */
export function addNode(root: FilterGroup, groupPath: NodePath, node: FilterNode): FilterGroup {
  return mapGroup(root, groupPath, (g) => ({ ...g, children: [...g.children, node] }));
}

/** Replaces the node at `path`. */
export function replaceNode(root: FilterGroup, path: NodePath, node: FilterNode): FilterGroup {
  return path.length === 0 && node.type === 'group' ? node : mapAt(root, path, () => node);
}

/** Changes some properties of the condition at `path`. */
export function updateCondition(root: FilterGroup, path: NodePath, patch: Partial<Omit<FilterCondition, 'type'>>): FilterGroup {
  return mapAt(root, path, (node) => (node.type === 'condition' ? { ...node, ...patch } : node));
}

export function setCombinator(root: FilterGroup, groupPath: NodePath, combinator: FilterGroup['combinator']): FilterGroup {
  return mapGroup(root, groupPath, (g) => ({ ...g, combinator }));
}

export function toggleNegate(root: FilterGroup, groupPath: NodePath): FilterGroup {
  return mapGroup(root, groupPath, (g) => {
    const { negate, ...rest } = g;
    return negate ? rest : { ...rest, negate: true };
  });
}

/** Removes the node at `path`; a sub-group left empty goes too, so no empty group is ever sent. */
export function removeNode(root: FilterGroup, path: NodePath): FilterGroup {
  if (path.length === 0) return emptyGroup(root.combinator);
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1]!;
  const parent = nodeAt(root, parentPath);
  if (parent?.type !== 'group' || index >= parent.children.length) return root;
  if (parent.children.length === 1 && parentPath.length > 0) return removeNode(root, parentPath);
  return mapGroup(root, parentPath, (g) => ({ ...g, children: g.children.filter((_, i) => i !== index) }));
}

/**
 * Moves the node at `from` so that it sits at `to` (a path into the tree as it is before the move;
 * the last index is its position in the destination group). Moving a group into itself is refused.
 */
export function moveNode(root: FilterGroup, from: NodePath, to: NodePath): FilterGroup {
  const node = nodeAt(root, from);
  if (!node || from.length === 0 || to.length === 0) return root;
  const destParent = to.slice(0, -1);
  if (destParent.length >= from.length && from.every((v, i) => destParent[i] === v)) return root;
  if (nodeAt(root, destParent)?.type !== 'group') return root;

  // Removing `from` shifts later siblings on the way to the destination one step left.
  const adjusted = to.slice();
  const fromParent = from.slice(0, -1);
  const fromIndex = from[from.length - 1]!;
  const depth = fromParent.length;
  if (adjusted.length > depth && fromParent.every((v, i) => adjusted[i] === v) && adjusted[depth]! > fromIndex) {
    adjusted[depth] = adjusted[depth]! - 1;
  }
  const without = mapGroup(root, fromParent, (g) => ({ ...g, children: g.children.filter((_, i) => i !== fromIndex) }));
  const insertAt = adjusted[adjusted.length - 1]!;
  const moved = mapGroup(without, adjusted.slice(0, -1), (g) => {
    const children = g.children.slice();
    children.splice(Math.min(Math.max(insertAt, 0), children.length), 0, node);
    return { ...g, children };
  });
  // The group the node left may now be empty; it goes, as with removeNode.
  return pruneEmptyGroups(moved);
}

/** The tree without empty sub-groups (the root stays, possibly empty). */
export function pruneEmptyGroups(root: FilterGroup): FilterGroup {
  const prune = (g: FilterGroup): FilterGroup => ({
    ...g,
    children: g.children.flatMap((c): FilterNode[] => {
      if (c.type === 'condition') return [c];
      const inner = prune(c);
      return inner.children.length ? [inner] : [];
    }),
  });
  return prune(root);
}

export function countConditions(node: FilterNode | null | undefined): number {
  if (!node) return 0;
  return node.type === 'condition' ? 1 : node.children.reduce((n, c) => n + countConditions(c), 0);
}

/** Levels of groups: a root with conditions only is 1. */
export function groupDepth(node: FilterNode): number {
  return node.type === 'condition' ? 0 : 1 + Math.max(0, ...node.children.map(groupDepth));
}

/** `filter` AND `node`: appended to a plain AND root, else both wrapped in a new AND group. */
export function andWith(filter: FilterGroup | null | undefined, node: FilterNode): FilterGroup {
  if (!filter || countConditions(filter) === 0) return { type: 'group', combinator: 'and', children: [node] };
  if (filter.combinator === 'and' && !filter.negate) return { ...filter, children: [...filter.children, node] };
  return { type: 'group', combinator: 'and', children: [filter, node] };
}

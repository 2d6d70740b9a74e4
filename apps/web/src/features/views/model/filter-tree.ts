import type { FilterCondition, FilterGroup, FilterNode } from '@rapport/contracts';

/**
 * Immutable editing of a filter tree. A node is addressed by its path: the child indices from the
 * root group ([] is the root, [1, 0] the first child of the root's second child). The builder never
 * leaves an empty sub-group behind, so the tree it sends is the tree it shows and the server's error
 * paths (`filter.children.1.children.0.value`) point at the node the user sees.
 *
 * The structural edits are generic over the tree: a segment definition has the groups of a filter
 * with more kinds of leaf, and its builder edits it with these same functions.
 */
export type NodePath = readonly number[];

/** Any AND / OR tree: a filter (FilterGroup) or a segment definition (SegmentGroup). */
export interface TreeGroup {
  type: 'group';
  combinator: 'and' | 'or';
  negate?: boolean | undefined;
  children: { type: string }[];
}
export type TreeNode<G extends TreeGroup> = G['children'][number];

const isGroup = <G extends TreeGroup>(node: TreeNode<G> | G | undefined): node is G => node?.type === 'group';

export const pathKey = (path: NodePath): string => path.join('.');

export const emptyGroup = (combinator: FilterGroup['combinator'] = 'and'): FilterGroup => ({
  type: 'group',
  combinator,
  children: [],
});

export function nodeAt<G extends TreeGroup>(root: G, path: NodePath): TreeNode<G> | G | undefined {
  let node: TreeNode<G> | G | undefined = root;
  for (const index of path) {
    if (!isGroup<G>(node)) return undefined;
    node = node.children[index] as TreeNode<G> | undefined;
  }
  return node;
}

/** Replaces the node at `path` with what `fn` returns; a missing path leaves the tree unchanged. */
function mapAt<G extends TreeGroup>(root: G, path: NodePath, fn: (node: TreeNode<G> | G) => TreeNode<G> | G): G {
  const walk = (node: TreeNode<G> | G, depth: number): TreeNode<G> | G => {
    if (depth === path.length) return fn(node);
    if (!isGroup<G>(node)) return node;
    const index = path[depth]!;
    if (index < 0 || index >= node.children.length) return node;
    const children = node.children.slice();
    children[index] = walk(node.children[index] as TreeNode<G>, depth + 1);
    return { ...node, children };
  };
  return walk(root, 0) as G;
}

function mapGroup<G extends TreeGroup>(root: G, path: NodePath, fn: (group: G) => G): G {
  return mapAt(root, path, (node) => (isGroup<G>(node) ? fn(node) : node));
}

/** Appends `node` to the group at `groupPath`. */
export function addNode<G extends TreeGroup>(root: G, groupPath: NodePath, node: TreeNode<G> | G): G {
  return mapGroup(root, groupPath, (g) => ({ ...g, children: [...g.children, node] }));
}

/** Replaces the node at `path`. */
export function replaceNode<G extends TreeGroup>(root: G, path: NodePath, node: TreeNode<G> | G): G {
  return path.length === 0 && isGroup<G>(node) ? node : mapAt(root, path, () => node);
}

/** Changes some properties of the condition at `path`. */
export function updateCondition(root: FilterGroup, path: NodePath, patch: Partial<Omit<FilterCondition, 'type'>>): FilterGroup {
  return mapAt(root, path, (node) => (node.type === 'condition' ? { ...node, ...patch } : node));
}

export function setCombinator<G extends TreeGroup>(root: G, groupPath: NodePath, combinator: TreeGroup['combinator']): G {
  return mapGroup(root, groupPath, (g) => ({ ...g, combinator }));
}

export function toggleNegate<G extends TreeGroup>(root: G, groupPath: NodePath): G {
  return mapGroup(root, groupPath, (g) => {
    const { negate, ...rest } = g;
    return (negate ? rest : { ...rest, negate: true }) as G;
  });
}

/** Removes the node at `path`; a sub-group left empty goes too, so no empty group is ever sent. */
export function removeNode<G extends TreeGroup>(root: G, path: NodePath): G {
  if (path.length === 0) return { ...root, children: [] };
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1]!;
  const parent = nodeAt(root, parentPath);
  if (!isGroup<G>(parent) || index >= parent.children.length) return root;
  if (parent.children.length === 1 && parentPath.length > 0) return removeNode(root, parentPath);
  return mapGroup(root, parentPath, (g) => ({ ...g, children: g.children.filter((_, i) => i !== index) }));
}

/**
 * Moves the node at `from` so that it sits at `to` (a path into the tree as it is before the move;
 * the last index is its position in the destination group). Moving a group into itself is refused.
 */
export function moveNode<G extends TreeGroup>(root: G, from: NodePath, to: NodePath): G {
  const node = nodeAt(root, from);
  if (!node || from.length === 0 || to.length === 0) return root;
  const destParent = to.slice(0, -1);
  if (destParent.length >= from.length && from.every((v, i) => destParent[i] === v)) return root;
  if (!isGroup<G>(nodeAt(root, destParent))) return root;

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
export function pruneEmptyGroups<G extends TreeGroup>(root: G): G {
  const prune = (g: G): G => ({
    ...g,
    children: g.children.flatMap((c) => {
      if (!isGroup<G>(c as TreeNode<G>)) return [c];
      const inner = prune(c as G);
      return inner.children.length ? [inner] : [];
    }),
  });
  return prune(root);
}

export function countConditions(node: TreeGroup | TreeNode<TreeGroup> | null | undefined): number {
  if (!node) return 0;
  return isGroup<TreeGroup>(node) ? node.children.reduce((n, c) => n + countConditions(c), 0) : 1;
}

/** Levels of groups: a root with conditions only is 1. */
export function groupDepth(node: TreeGroup | TreeNode<TreeGroup>): number {
  return isGroup<TreeGroup>(node) ? 1 + Math.max(0, ...node.children.map(groupDepth)) : 0;
}

/** `filter` AND `node`: appended to a plain AND root, else both wrapped in a new AND group. */
export function andWith(filter: FilterGroup | null | undefined, node: FilterNode): FilterGroup {
  if (!filter || countConditions(filter) === 0) return { type: 'group', combinator: 'and', children: [node] };
  if (filter.combinator === 'and' && !filter.negate) return { ...filter, children: [...filter.children, node] };
  return { type: 'group', combinator: 'and', children: [filter, node] };
}

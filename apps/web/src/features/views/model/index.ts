// The filter tree's pure functions, for features that edit richer trees (segment definitions).
// A separate entry from the feature's index, which brings React and i18n along: models and their
// tests import this one.
export {
  addNode,
  countConditions,
  moveNode,
  nodeAt,
  pathKey,
  removeNode,
  replaceNode,
  setCombinator,
  toggleNegate,
  type NodePath,
  type TreeGroup,
  type TreeNode,
} from './filter-tree';
export { isComplete as isFilterConditionComplete, newCondition as newFilterCondition } from './filter-values';
export { normalizePath } from './filter-errors';

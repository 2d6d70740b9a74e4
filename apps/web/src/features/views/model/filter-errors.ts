import { isApiError } from '../../../lib/api';

export interface FilterErrors {
  /** Messages by the builder path of the condition or group they concern ("" is the root group). */
  byNode: Map<string, string>;
  /** Messages about anything else (the search text, the sort), or without a path. */
  other: string[];
}

/** `body.filter[1]/value` and the like, as dotted segments. */
export function normalizePath(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter(Boolean);
}

/** The child indices a dotted error path points at below `filter`, or null when it is not a filter path. */
export function filterNodePath(path: string): number[] | null {
  const segments = normalizePath(path);
  const at = segments.indexOf('filter');
  if (at < 0) return null;
  const out: number[] = [];
  for (let i = at + 1; i + 1 < segments.length && segments[i] === 'children'; i += 2) {
    const index = Number(segments[i + 1]);
    if (!Number.isInteger(index)) break;
    out.push(index);
  }
  return out;
}

/**
 * Sorts a failed list query's problem+json errors into those of a filter node and the rest.
 * `origin` maps the paths of the tree that was sent to those of the tree in the builder; `at` is
 * where that tree sat in the filter sent (a kanban column wraps it: `[0]`).
 */
export function filterErrors(error: unknown, origin: Map<string, string>, at: readonly number[] = []): FilterErrors {
  const byNode = new Map<string, string>();
  const other: string[] = [];
  if (!isApiError(error) || error.status !== 400) return { byNode, other };
  const errors = error.problem?.errors ?? [];
  for (const e of errors) {
    const nodePath = filterNodePath(e.path);
    const inside = nodePath && at.every((v, i) => nodePath[i] === v) ? nodePath.slice(at.length) : null;
    const key = inside ? origin.get(inside.join('.')) : undefined;
    if (key !== undefined && !byNode.has(key)) byNode.set(key, e.message);
    else other.push(e.path ? `${e.path}: ${e.message}` : e.message);
  }
  if (!errors.length && error.problem?.detail) other.push(error.problem.detail);
  return { byNode, other };
}

import { isApiError } from '../../../lib/api';
import { normalizePath } from '../../views/model';

export interface DefinitionErrors {
  /** Messages by the builder path of the condition or group they concern ("" is the root group). */
  byNode: Map<string, string>;
  /** Messages about other fields of the request ("name", "autoTag"), by that field. */
  byField: Map<string, string>;
  /** Anything else: a refusal without a path, or a path that no longer leads to a node. */
  other: string[];
}

export const noErrors: DefinitionErrors = { byNode: new Map(), byField: new Map(), other: [] };

/** The child indices an error path ("definition.children.2.count.value") points at, or null outside the definition. */
export function definitionNodePath(path: string): number[] | null {
  const segments = normalizePath(path);
  if (segments[0] !== 'definition') return null;
  const out: number[] = [];
  for (let i = 1; i + 1 < segments.length && segments[i] === 'children'; i += 2) {
    const index = Number(segments[i + 1]);
    if (!Number.isInteger(index)) break;
    out.push(index);
  }
  return out;
}

/**
 * Sorts a rejected preview or save by where each complaint belongs. `origin` maps the paths of the
 * definition that was sent to those of the builder (the preview leaves unfinished conditions out);
 * without it the two are the same.
 */
export function definitionErrors(error: unknown, origin?: Map<string, string>): DefinitionErrors {
  if (!isApiError(error)) return noErrors;
  const byNode = new Map<string, string>();
  const byField = new Map<string, string>();
  const other: string[] = [];
  const errors = error.problem?.errors ?? [];
  for (const e of errors) {
    const nodePath = definitionNodePath(e.path);
    if (nodePath) {
      const sent = nodePath.join('.');
      const key = origin ? origin.get(sent) : sent;
      if (key !== undefined) {
        const before = byNode.get(key);
        byNode.set(key, before ? `${before}; ${e.message}` : e.message);
        continue;
      }
    } else if (e.path && !byField.has(e.path)) {
      byField.set(e.path, e.message);
      continue;
    }
    other.push(e.path ? `${e.path}: ${e.message}` : e.message);
  }
  if (!errors.length) other.push(error.problem?.detail ?? error.message);
  return { byNode, byField, other };
}

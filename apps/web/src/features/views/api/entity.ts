import type { FilterGroup, Sort } from '@rapport/contracts';

/** A kind of record the list machinery shows; its API lives under /api/v1/<resource>. */
export type ViewEntity = 'contact' | 'company';

export const resourceOf = (entity: ViewEntity) => (entity === 'contact' ? 'contacts' : 'companies');

/** The list query of a record list (paging aside). */
export interface RecordQueryInput {
  q?: string;
  filter?: FilterGroup | null;
  sort?: Sort;
}

/**
 * Query keys. Lists sit under `[resource, 'list']`, the key `contactKeys.lists()` names, so the
 * record pages' own writes (create, edit, delete) refresh them too.
 */
export const recordKeys = {
  lists: (entity: ViewEntity) => [resourceOf(entity), 'list'] as const,
  query: (entity: ViewEntity, input: RecordQueryInput) => [...recordKeys.lists(entity), 'query', input] as const,
  /** A kanban column: one more key part, so a moved card can be taken out of one column and put in another. */
  column: (entity: ViewEntity, field: string, column: string) => [...recordKeys.lists(entity), 'column', field, column] as const,
  detail: (entity: ViewEntity, id: string) => [resourceOf(entity), 'detail', id] as const,
  fields: (entity: ViewEntity) => [resourceOf(entity), 'fields'] as const,
};

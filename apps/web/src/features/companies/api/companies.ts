export const companyKeys = {
  all: ['companies'] as const,
  /** The same key as the record list's (views feature), so creating or editing a company refreshes it. */
  lists: () => [...companyKeys.all, 'list'] as const,
  search: (q: string) => [...companyKeys.all, 'search', q] as const,
  detail: (id: string) => [...companyKeys.all, 'detail', id] as const,
};

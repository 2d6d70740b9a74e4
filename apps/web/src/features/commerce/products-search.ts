export interface ProductsSearch {
  /** The search text, so a link (e.g. from a contact's last viewed products) opens the list at it. */
  q?: string | undefined;
}

/** The products page's URL state, for the route's validateSearch. */
export function validateProductsSearch(search: Record<string, unknown>): ProductsSearch {
  return { q: typeof search.q === 'string' && search.q.trim() ? search.q : undefined };
}

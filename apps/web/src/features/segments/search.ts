export const segmentTabs = ['members', 'definition', 'history', 'settings'] as const;
export type SegmentTab = (typeof segmentTabs)[number];

export interface SegmentSearch {
  tab?: SegmentTab | undefined;
}

/** The /segments/:id URL search: the open tab, so a link can point at the definition or the history. */
export function validateSegmentSearch(search: Record<string, unknown>): SegmentSearch {
  const tab = segmentTabs.find((k) => k === search.tab);
  return tab ? { tab } : {};
}

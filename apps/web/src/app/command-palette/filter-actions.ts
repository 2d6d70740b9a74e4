import { isActionsGroup, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';

type SpotlightActions = SpotlightActionData | SpotlightActionGroupData;

function matches(action: SpotlightActionData, query: string): boolean {
  const haystack = [action.label, action.description, ...(Array.isArray(action.keywords) ? action.keywords : [action.keywords])]
    .filter((s): s is string => typeof s === 'string')
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * Filters the palette's static actions by the query. The groups named in `serverGroups` hold
 * server-side search results, already matched (a phone typed as 0912-345-678 finds +886912345678,
 * which no client-side substring test would), and are kept as they are.
 */
export function filterActions(serverGroups: readonly string[]) {
  return (query: string, actions: SpotlightActions[]): SpotlightActions[] => {
    if (!query.trim()) return actions;
    return actions.flatMap((item): SpotlightActions[] => {
      if (!isActionsGroup(item)) return matches(item, query) ? [item] : [];
      if (serverGroups.includes(item.group)) return [item];
      const kept = item.actions.filter((a) => matches(a, query));
      return kept.length ? [{ ...item, actions: kept }] : [];
    });
  };
}

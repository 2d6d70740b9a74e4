import { useState } from 'react';
import { emptySelection, selectionFor, setAll, toggleId, type Selection } from '../model/selection';

/** Row selection of the list showing `scope`; a new search or filter starts with nothing selected. */
export function useSelection(scope: string) {
  const [stored, setStored] = useState<Selection>(() => emptySelection(scope));
  const selection = selectionFor(stored, scope);
  return {
    selection,
    toggle: (id: string, loadedIds: readonly string[]) => setStored(toggleId(selection, id, loadedIds)),
    setPage: (ids: readonly string[], on: boolean) => setStored(setAll(selection, ids, on)),
    selectAllMatching: () => setStored({ scope, mode: 'all' }),
    clear: () => setStored(emptySelection(scope)),
  };
}

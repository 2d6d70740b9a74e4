import { createContext, useContext, useState, type ReactNode } from 'react';

/** The contact previews render for, with the label its picker shows. */
export interface PreviewContact {
  id: string;
  label: string;
}

type State = [PreviewContact | null, (contact: PreviewContact | null) => void];

const PreviewContactContext = createContext<State | null>(null);

/**
 * Keeps the chosen contact while the user moves between templates (and from a new template to
 * the saved one), so each preview does not start over with someone else.
 */
export function PreviewContactProvider({ children }: { children: ReactNode }) {
  const state = useState<PreviewContact | null>(null);
  return <PreviewContactContext.Provider value={state}>{children}</PreviewContactContext.Provider>;
}

export function usePreviewContact(): State {
  const shared = useContext(PreviewContactContext);
  const own = useState<PreviewContact | null>(null);
  return shared ?? own;
}

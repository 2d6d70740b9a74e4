import type { SegmentCatalog } from '@rapport/contracts';
import { createContext, useContext } from 'react';
import type { BuilderFields } from './use-builder-fields';

export interface BuilderContextValue {
  catalog: SegmentCatalog;
  fields: BuilderFields;
  /** Messages by builder path (see model/errors). */
  errors: Map<string, string>;
  /** The segment being edited, which may not name itself. */
  selfId: string | undefined;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder needs the SegmentBuilder around it');
  return value;
}

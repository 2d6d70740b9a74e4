import { createContext, useContext } from 'react';
import type { Placed } from '../../model/errors';
import type { StepStats } from '../../model/stats';
import type { PaletteItem } from '../../model/steps';

export interface CanvasContextValue {
  /** Complaints of the last save or publish, by node. */
  errors: Map<string, Placed[]>;
  /** What the live checks found, by node. */
  warnings: Map<string, Placed[]>;
  /** Figures per step while analytics are on. */
  stats: Map<string, StepStats> | null;
  /** Names of things steps refer to, for their summaries. */
  names: { template: (id: string) => string | undefined; segment: (id: string) => string | undefined };
  /** Puts a step on a link. */
  onInsert: (link: { source: string; field: string; target: string }, item: PaletteItem) => void;
  /** Adds a step below a free output, linked from it. */
  onAppend: (from: { source: string; field: string }, item: PaletteItem) => void;
  readOnly: boolean;
}

export const CanvasContext = createContext<CanvasContextValue | null>(null);

export function useCanvas(): CanvasContextValue {
  const value = useContext(CanvasContext);
  if (!value) throw new Error('useCanvas needs the journey canvas around it');
  return value;
}

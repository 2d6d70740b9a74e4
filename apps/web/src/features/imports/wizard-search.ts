import { importEntities } from '@rapport/contracts';
import type { ImportEntity } from './import-status';

export interface WizardSearch {
  /** The uploaded import the wizard works on. */
  id?: string;
  /** 0 upload … 5 import. */
  step?: number;
  entity?: ImportEntity;
}

/** The wizard's URL state, for the route's validateSearch. */
export function validateWizardSearch(search: Record<string, unknown>): WizardSearch {
  const step = Number(search.step);
  return {
    id: typeof search.id === 'string' && search.id ? search.id : undefined,
    step: Number.isInteger(step) && step >= 0 && step <= 5 ? step : undefined,
    entity: importEntities.find((e) => e === search.entity),
  };
}

import type { JourneyStep } from '@rapport/contracts';
import type { Placed } from '../../../model/errors';

/** What each step's fields get: the step of its kind, a way to change it, and its complaints. */
export interface FieldsProps<K extends JourneyStep['type']> {
  step: Extract<JourneyStep, { type: K }>;
  onChange: (step: Extract<JourneyStep, { type: K }>) => void;
  problems: Placed[] | undefined;
  readOnly: boolean;
}

import type { JourneyDefinition } from '@rapport/contracts';
import { updateStep } from '../../model/edit';
import type { Placed } from '../../model/errors';
import { TRIGGER } from '../../model/steps';
import type { GraphActions } from '../editor/use-graph-actions';
import { SettingsPanel } from './SettingsPanel';
import { StepPanel } from './StepPanel';

interface Props {
  definition: JourneyDefinition;
  /** The selected step; none shows the journey's settings. */
  selected: string | null;
  onDefinition: (change: (d: JourneyDefinition) => JourneyDefinition) => void;
  description: string;
  onDescription: (description: string) => void;
  descriptionError: string | undefined;
  actions: GraphActions;
  onClose: () => void;
  errors: Map<string, Placed[]>;
  warnings: Map<string, Placed[]>;
  readOnly: boolean;
}

/** The selected step's panel, or the journey's settings. */
export function SidePanel({ definition, selected, onDefinition, description, onDescription, descriptionError, actions, onClose, errors, warnings, readOnly }: Props) {
  const step = definition.steps.find((s) => s.id === selected);
  if (step) {
    return (
      <StepPanel
        key={step.id}
        step={step}
        definition={definition}
        onChange={(next) => onDefinition((d) => updateStep(d, next))}
        onConnect={(field, target) => actions.connect(step.id, field, target)}
        onDelete={() => actions.remove([step.id])}
        onClose={onClose}
        errors={errors.get(step.id)}
        warnings={warnings.get(step.id)}
        readOnly={readOnly}
      />
    );
  }
  return (
    <SettingsPanel
      definition={definition}
      onChange={onDefinition}
      description={description}
      onDescription={onDescription}
      descriptionError={descriptionError}
      errors={errors.get(TRIGGER)}
      warnings={warnings.get(TRIGGER)}
      readOnly={readOnly}
    />
  );
}

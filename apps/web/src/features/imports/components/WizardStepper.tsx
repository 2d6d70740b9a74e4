import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const wizardSteps = ['upload', 'preview', 'mapping', 'duplicates', 'dryRun', 'import'] as const;

/** The six steps of an import; finished steps can be revisited. */
export function WizardStepper({ active, onStepClick }: { active: number; onStepClick: (step: number) => void }) {
  const { t } = useTranslation('imports');
  return (
    <Stepper active={active} onStepClick={onStepClick} allowNextStepsSelect={false} size="sm" mb="xl" wrap>
      {wizardSteps.map((s) => (
        <Stepper.Step key={s} label={t(`steps.${s}`)} />
      ))}
    </Stepper>
  );
}

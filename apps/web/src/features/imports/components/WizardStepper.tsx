import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../import-status';

export const wizardSteps = ['upload', 'preview', 'mapping', 'duplicates', 'dryRun', 'import'] as const;

/** The six steps of an import; finished steps can be revisited. */
export function WizardStepper({ active, entity, onStepClick }: { active: number; entity: ImportEntity; onStepClick: (step: number) => void }) {
  const { t } = useTranslation('imports');
  // Orders and products have options instead of duplicate rules: they are matched by order id and SKU.
  const label = (s: (typeof wizardSteps)[number]) => (s === 'duplicates' && (entity === 'orders' || entity === 'products') ? t('steps.options') : t(`steps.${s}`));
  return (
    <Stepper active={active} onStepClick={onStepClick} allowNextStepsSelect={false} size="sm" mb="xl" wrap>
      {wizardSteps.map((s) => (
        <Stepper.Step key={s} label={label(s)} />
      ))}
    </Stepper>
  );
}

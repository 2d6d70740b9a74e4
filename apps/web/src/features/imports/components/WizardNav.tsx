import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface WizardNavProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: ReactNode;
  nextDisabled?: boolean;
  loading?: boolean;
}

/** Back and Next under a wizard step. */
export function WizardNav({ onBack, onNext, nextLabel, nextDisabled, loading }: WizardNavProps) {
  const { t } = useTranslation('imports');
  return (
    <Group justify="space-between" mt="lg">
      {onBack ? (
        <Button variant="default" onClick={onBack} leftSection={<IconArrowLeft size={16} />} data-testid="import-back">
          {t('wizard.back')}
        </Button>
      ) : (
        <span />
      )}
      {onNext ? (
        <Button onClick={onNext} disabled={nextDisabled} loading={loading} rightSection={<IconArrowRight size={16} />} data-testid="import-next">
          {nextLabel ?? t('wizard.next')}
        </Button>
      ) : null}
    </Group>
  );
}

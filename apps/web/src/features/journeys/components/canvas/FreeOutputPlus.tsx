import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaletteItem } from '../../model/steps';
import { StepMenu } from './StepMenu';

/** A "+" under an output that leads nowhere yet: the step picked goes below, linked from it. */
export function FreeOutputPlus({ left, field, onPick }: { left: string; field: string; onPick: (item: PaletteItem) => void }) {
  const { t } = useTranslation('journeys');
  return (
    <Box className="nodrag nopan" pos="absolute" top="100%" left={left} style={{ transform: 'translate(-50%, 8px)' }}>
      <StepMenu label={t('canvas.append')} onPick={onPick} testId="output-append" data={{ 'data-field': field }} />
    </Box>
  );
}

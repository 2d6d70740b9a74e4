import { Box, Text, Tooltip } from '@mantine/core';
import type { RfmRule } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { groupOfCell, scores } from '../../model/rfm-grid';
import { groupColor } from '../../model/rfm-groups';
import { useModelLabels } from '../use-labels';

/** The grid as the rules being edited would name it, so a gap or an overlap shows before saving. */
export function RfmMapPreview({ rules }: { rules: RfmRule[] }) {
  const { t } = useTranslation('models');
  const labels = useModelLabels();
  return (
    <Box
      data-testid="rfm-map-preview"
      aria-label={t('settings.rfm.preview')}
      style={{ display: 'grid', gridTemplateColumns: 'auto repeat(5, minmax(56px, 1fr))', gap: 3, alignItems: 'stretch' }}
    >
      {[...scores].reverse().map((f) => [
        <Text key={`f${f}`} size="xs" c="dimmed" fw={600} style={{ alignSelf: 'center' }} pr={4}>
          F{f}
        </Text>,
        ...scores.map((r) => {
          const group = groupOfCell(rules, r, f);
          const color = groupColor(group);
          return (
            <Tooltip key={`${r}:${f}`} label={`R${r} F${f}: ${labels.group(group)}`}>
              <Box
                p={4}
                mih={40}
                style={{
                  borderRadius: 'var(--mantine-radius-xs)',
                  background: group ? `var(--mantine-color-${color}-light)` : 'transparent',
                  border: group ? undefined : '1px dashed var(--mantine-color-red-6)',
                  color: group ? `var(--mantine-color-${color}-light-color)` : 'var(--mantine-color-red-6)',
                }}
              >
                <Text size="10px" lh={1.2} fw={500} lineClamp={2}>
                  {labels.group(group)}
                </Text>
              </Box>
            </Tooltip>
          );
        }),
      ])}
      <span />
      {scores.map((r) => (
        <Text key={`r${r}`} size="xs" c="dimmed" fw={600} ta="center">
          R{r}
        </Text>
      ))}
    </Box>
  );
}

import { Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { itemKey, palette, type PaletteItem } from '../../model/steps';
import { lookOfItem } from './step-look';

/** The drag type the canvas accepts from the palette. */
export const paletteMime = 'application/x-rapport-journey-step';

/** The kinds of step: a click adds one under the selected step, a drag puts it where it is dropped. */
export function Palette({ onAdd, disabled }: { onAdd: (item: PaletteItem) => void; disabled?: boolean }) {
  const { t } = useTranslation('journeys');
  return (
    <Paper withBorder radius="md" p="sm" data-testid="journey-palette">
      <Text size="sm" fw={600}>
        {t('palette.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('palette.hint')}
      </Text>
      <Stack gap="sm">
        {palette.map((g) => (
          <Stack key={g.group} gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`palette.groups.${g.group}`)}
            </Text>
            {g.items.map((item) => {
              const look = lookOfItem(item);
              return (
                <UnstyledButton
                  key={item}
                  disabled={disabled}
                  draggable={!disabled}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(paletteMime, item);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => onAdd(item)}
                  p={4}
                  style={{ borderRadius: 'var(--mantine-radius-sm)', cursor: disabled ? 'not-allowed' : 'grab' }}
                  data-testid="palette-item"
                  data-item={item}
                >
                  <Group gap={8} wrap="nowrap">
                    <ThemeIcon size="sm" radius="sm" variant="light" color={look.color}>
                      <look.icon size={14} />
                    </ThemeIcon>
                    <Text size="sm">{t(`palette.items.${itemKey(item)}`)}</Text>
                  </Group>
                </UnstyledButton>
              );
            })}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

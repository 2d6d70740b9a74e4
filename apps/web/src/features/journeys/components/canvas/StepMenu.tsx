import { ActionIcon, Menu } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { itemKey, palette, type PaletteItem } from '../../model/steps';
import { lookOfItem } from './step-look';

interface Props {
  label: string;
  onPick: (item: PaletteItem) => void;
  testId: string;
  /** Data attributes naming where the step goes. */
  data?: Record<string, string>;
}

/** A "+" that offers every kind of step, grouped as in the palette. */
export function StepMenu({ label, onPick, testId, data }: Props) {
  const { t } = useTranslation('journeys');
  return (
    <Menu position="right-start" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon size="sm" radius="xl" variant="default" aria-label={label} data-testid={testId} {...data}>
          <IconPlus size={12} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {palette.map((g) => (
          <div key={g.group}>
            <Menu.Label>{t(`palette.groups.${g.group}`)}</Menu.Label>
            {g.items.map((item) => {
              const look = lookOfItem(item);
              return (
                <Menu.Item key={item} leftSection={<look.icon size={14} color={`var(--mantine-color-${look.color}-6)`} />} onClick={() => onPick(item)} data-testid="step-menu-item" data-item={item}>
                  {t(`palette.items.${itemKey(item)}`)}
                </Menu.Item>
              );
            })}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

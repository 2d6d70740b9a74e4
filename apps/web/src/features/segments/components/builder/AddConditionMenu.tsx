import { Button, Menu } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionMenu, type ConditionChoice } from '../../model/definition';
import { conditionIcons } from './condition-icons';

interface Props {
  onPick: (choice: ConditionChoice) => void;
  label?: string;
  icon?: ReactNode;
  color?: string;
}

/** Every kind of condition, by section; also used to start a new group with its first condition. */
export function AddConditionMenu({ onPick, label, icon, color }: Props) {
  const { t } = useTranslation('segments');
  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Button size="compact-sm" variant="subtle" color={color} leftSection={icon ?? <IconPlus size={14} />}>
          {label ?? t('builder.addCondition')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {conditionMenu.map(({ section, choices }) => [
          <Menu.Label key={section}>{t(`sections.${section}` as never)}</Menu.Label>,
          ...choices.map((choice) => {
            const Icon = conditionIcons[choice];
            return (
              <Menu.Item key={choice} leftSection={<Icon size={14} />} onClick={() => onPick(choice)}>
                {t(`types.${choice}`)}
              </Menu.Item>
            );
          }),
        ])}
      </Menu.Dropdown>
    </Menu>
  );
}

import { Button, Menu, ScrollArea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Option } from '../../hooks/use-reference-data';

interface Props {
  label: string;
  icon: ReactNode;
  options: Option[];
  /** The "none" choice (no owner, no stage). */
  noneLabel: string;
  onPick: (value: string | null) => void;
}

/** A bulk-bar button that sets one field to a value picked from a list. */
export function OptionsMenu({ label, icon, options, noneLabel, onPick }: Props) {
  return (
    <Menu position="top" withinPortal shadow="md">
      <Menu.Target>
        <Button size="xs" variant="subtle" leftSection={icon}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={300} type="auto">
          {options.map((o) => (
            <Menu.Item key={o.value} onClick={() => onPick(o.value)}>
              {o.label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item c="dimmed" onClick={() => onPick(null)}>
            {noneLabel}
          </Menu.Item>
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

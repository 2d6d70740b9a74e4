import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  description: string;
  /** A part that may be switched off as a whole (quiet hours, a provider). */
  toggle?: { checked: boolean; onChange: (on: boolean) => void; label: string; testId: string; disabled: boolean } | undefined;
  children?: ReactNode;
}

/** One part of the messaging settings: a title, what it does, and its fields. */
export function SettingsCard({ title, description, toggle, children }: Props) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <div>
          <Title order={5}>{title}</Title>
          <Text size="sm" c="dimmed" maw={720}>
            {description}
          </Text>
        </div>
        {toggle ? <Switch label={toggle.label} checked={toggle.checked} onChange={(e) => toggle.onChange(e.currentTarget.checked)} disabled={toggle.disabled} data-testid={toggle.testId} /> : null}
        {!toggle || toggle.checked ? children : null}
      </Stack>
    </Paper>
  );
}

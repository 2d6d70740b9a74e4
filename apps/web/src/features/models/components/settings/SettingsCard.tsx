import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  description: ReactNode;
  /** A failure that belongs to no field. */
  error: string | null;
  editable: boolean;
  dirty: boolean;
  saving: boolean;
  onDiscard: () => void;
  /** Extra buttons on the left of the footer (add a row, reset to defaults). */
  tools?: ReactNode;
  onSubmit: (e?: React.FormEvent<HTMLFormElement>) => void;
  testId: string;
  children: ReactNode;
}

/** The frame every model settings form shares: title, description, a form-level error, and discard and save. */
export function SettingsCard({ title, description, error, editable, dirty, saving, onDiscard, tools, onSubmit, testId, children }: Props) {
  const { t } = useTranslation('models');
  return (
    <Paper withBorder radius="md" p="lg" maw={920} data-testid={testId}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={4}>{title}</Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </div>
          {error ? (
            <Alert color="red" variant="light">
              {error}
            </Alert>
          ) : null}
          {children}
          {editable ? (
            <Group justify="space-between" mt="xs">
              <Group gap="sm">{tools}</Group>
              <Group gap="sm">
                <Button variant="default" disabled={!dirty} onClick={onDiscard}>
                  {t('settings.discard')}
                </Button>
                <Button type="submit" loading={saving} disabled={!dirty} data-testid={`${testId}-save`}>
                  {t('settings.save')}
                </Button>
              </Group>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

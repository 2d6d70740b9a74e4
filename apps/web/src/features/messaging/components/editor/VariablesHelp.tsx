import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCornerDownLeft } from '@tabler/icons-react';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomFields } from '../../../custom-fields';
import { isPropertyName, liquidOutput, variableGroups, type VariableRoot } from '../../model/variables';

// Pressing a button would take the focus, and with it the field the variable goes into.
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** What a template may read, by root; a click puts `{{ … }}` at the cursor of the last field edited. */
export function VariablesHelp({ onInsert }: { onInsert: (snippet: string) => void }) {
  const { t } = useTranslation('messaging');
  const custom = useCustomFields('contact');
  const groups = variableGroups((custom.data ?? []).map((f) => f.key));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('variables.title')} data-testid="variables-help">
      <Stack gap="sm">
        <div>
          <Title order={5}>{t('variables.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('variables.hint')}
          </Text>
        </div>
        {groups.map((g) => (
          <Stack key={g.root} gap={4}>
            <Text size="sm" fw={500}>
              {t(`variables.roots.${g.root}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`variables.descriptions.${g.root}`)}
            </Text>
            {g.root === 'event' ? (
              <EventProperty onInsert={onInsert} />
            ) : (
              <Group gap={6}>
                {g.paths.map((path) => (
                  <Button
                    key={path}
                    size="compact-xs"
                    variant="light"
                    color={variableColor(g.root)}
                    ff="monospace"
                    onMouseDown={keepFocus}
                    onClick={() => onInsert(liquidOutput(path))}
                    data-testid="variable"
                    data-path={path}
                  >
                    {path}
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

const variableColor = (root: VariableRoot) => (root === 'contact' ? 'blue' : root === 'coupon' ? 'orange' : 'gray');

/** The trigger event's properties have no fixed list: the user names one. */
function EventProperty({ onInsert }: { onInsert: (snippet: string) => void }) {
  const { t } = useTranslation('messaging');
  const [name, setName] = useState('');
  const valid = isPropertyName(name.trim());
  const insert = () => valid && onInsert(liquidOutput(`event.${name.trim()}`));
  return (
    <TextInput
      size="xs"
      maw={280}
      leftSection={<Text size="xs" ff="monospace">event.</Text>}
      leftSectionWidth={52}
      placeholder={t('variables.eventProperty')}
      aria-label={t('variables.eventProperty')}
      value={name}
      onChange={(e) => setName(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && insert()}
      error={name && !valid ? t('variables.eventPropertyInvalid') : undefined}
      rightSection={
        <ActionIcon size="sm" variant="subtle" disabled={!valid} onMouseDown={keepFocus} onClick={insert} aria-label={t('variables.insert')}>
          <IconCornerDownLeft size={14} />
        </ActionIcon>
      }
    />
  );
}

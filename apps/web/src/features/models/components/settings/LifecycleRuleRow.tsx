import { ActionIcon, Badge, Group, JsonInput, Paper, Select, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { conditionChoices, withCondition, type ConditionChoice, type LifecycleValues } from '../../model/lifecycle-rules';

interface Props {
  form: UseFormReturnType<LifecycleValues>;
  index: number;
  count: number;
  stages: { value: string; label: string }[];
  editable: boolean;
}

/** One rule: the stage it sets and its condition, a preset or JSON. */
export function LifecycleRuleRow({ form, index: i, count, stages, editable }: Props) {
  const { t } = useTranslation('models');
  const row = form.getValues().rules[i]!;
  const move = (to: number) => form.reorderListItem('rules', { from: i, to });
  // A stage removed from the workspace still shows, so the server's error about it has a place.
  const options = stages.some((s) => s.value === row.stage) || !row.stage ? stages : [...stages, { value: row.stage, label: row.stage }];
  const conditionError = form.errors[`rules.${i}.json`];

  return (
    <Paper withBorder radius="sm" p="sm" data-testid={`lifecycle-rule-${i}`}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Badge variant="light" color="gray" radius="sm" mt={8} w={28} px={0}>
            {i + 1}
          </Badge>
          <Select
            label={t('settings.lifecycle.stage')}
            data={options}
            allowDeselect={false}
            disabled={!editable}
            style={{ flex: 1 }}
            data-testid={`lifecycle-rule-${i}-stage`}
            {...form.getInputProps(`rules.${i}.stage`)}
          />
          <Select
            label={t('settings.lifecycle.condition')}
            data={conditionChoices.map((c) => ({ value: c, label: t(`settings.lifecycle.presets.${c}`) }))}
            allowDeselect={false}
            disabled={!editable}
            style={{ flex: 1 }}
            value={row.condition}
            onChange={(v) => v && form.setFieldValue(`rules.${i}`, withCondition(row, v as ConditionChoice))}
            error={row.condition === 'custom' ? undefined : conditionError}
            data-testid={`lifecycle-rule-${i}-condition`}
          />
          {editable ? (
            <Group gap={2} wrap="nowrap" mt={26}>
              <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === 0} onClick={() => move(i - 1)} aria-label={t('settings.moveUp', { n: i + 1 })}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === count - 1} onClick={() => move(i + 1)} aria-label={t('settings.moveDown', { n: i + 1 })}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('rules', i)} aria-label={t('settings.remove', { n: i + 1 })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ) : null}
        </Group>
        {row.condition === 'custom' ? (
          <JsonInput
            label={t('settings.lifecycle.json')}
            description={t('settings.lifecycle.jsonHint')}
            autosize
            minRows={4}
            maxRows={16}
            validationError={t('settings.lifecycle.badJson')}
            disabled={!editable}
            ff="monospace"
            data-testid={`lifecycle-rule-${i}-json`}
            {...form.getInputProps(`rules.${i}.json`)}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

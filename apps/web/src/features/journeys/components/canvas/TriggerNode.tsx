import { Box, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriggerNode } from '../../model/graph';
import { TRIGGER } from '../../model/steps';
import { triggerSummary } from '../summary';
import { useCanvas } from './canvas-context';
import { ProblemBadges } from './NodeBadges';
import { nodeWidth } from './StepNode';
import { triggerLook } from './step-look';
import { FreeOutputPlus } from './FreeOutputPlus';

/** The trigger: what enrols contacts, and the one handle that leads to the first step. */
export const TriggerNodeView = memo(function TriggerNodeView({ data, selected }: NodeProps<TriggerNode>) {
  const { t } = useTranslation('journeys');
  const canvas = useCanvas();
  const errors = canvas.errors.get(TRIGGER);
  const border = errors?.length ? 'var(--mantine-color-red-6)' : selected ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-green-6)';
  return (
    <Paper withBorder radius="xl" shadow={selected ? 'md' : 'xs'} w={nodeWidth} style={{ borderColor: border, borderWidth: 2 }} data-testid="trigger-node">
      <Box px="sm" py="xs">
        <Group gap={8} wrap="nowrap" justify="space-between">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size="md" radius="xl" variant="filled" color={triggerLook.color}>
              <triggerLook.icon size={16} />
            </ThemeIcon>
            <Text size="sm" fw={600}>
              {t('trigger.title')}
            </Text>
          </Group>
          <ProblemBadges errors={errors} warnings={canvas.warnings.get(TRIGGER)} />
        </Group>
        <Text size="xs" c="dimmed" mt={4} lineClamp={2} data-testid="trigger-summary">
          {triggerSummary(t, data.trigger, canvas.names)}
        </Text>
      </Box>
      <Handle type="source" position={Position.Bottom} id="start" data-testid="handle-out" data-field="start" aria-label={t('canvas.start')} style={{ background: data.hasStart ? undefined : 'var(--mantine-color-gray-5)' }} />
      {data.hasStart || canvas.readOnly ? null : <FreeOutputPlus left="50%" onPick={(item) => canvas.onAppend({ source: TRIGGER, field: 'start' }, item)} field="start" />}
    </Paper>
  );
});

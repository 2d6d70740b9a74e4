import { Box, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { Fragment, memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepNode } from '../../model/graph';
import { outputLabel, stepSummary, stepTitle } from '../summary';
import { useCanvas } from './canvas-context';
import { ProblemBadges, StatsBadges } from './NodeBadges';
import { lookOf } from './step-look';
import { FreeOutputPlus } from './FreeOutputPlus';

export const nodeWidth = 240;

/** A step on the canvas: icon and colour of its kind, what it does, its problems and figures, and a labelled handle per output. */
export const StepNodeView = memo(function StepNodeView({ id, data, selected }: NodeProps<StepNode>) {
  const { t } = useTranslation('journeys');
  const canvas = useCanvas();
  const { step, outputs } = data;
  const look = lookOf(step);
  const errors = canvas.errors.get(id);
  const updateInternals = useUpdateNodeInternals();
  // The canvas measures handles once; when the outputs change (a split path more), measure again.
  const handles = outputs.map((o) => o.field).join(',');
  useEffect(() => updateInternals(id), [id, handles, updateInternals]);

  const border = errors?.length ? 'var(--mantine-color-red-6)' : selected ? 'var(--mantine-color-blue-6)' : undefined;
  return (
    <Paper
      withBorder
      radius="md"
      shadow={selected ? 'md' : 'xs'}
      w={nodeWidth}
      style={{ borderColor: border, borderLeft: `4px solid var(--mantine-color-${look.color}-6)`, outline: selected ? '2px solid var(--mantine-color-blue-3)' : undefined }}
      data-testid="journey-node"
      data-step-id={id}
      data-type={step.type}
      data-start={data.isStart || undefined}
    >
      <Handle type="target" position={Position.Top} id="in" data-testid="handle-in" />
      <Box p="xs" pb={outputs.length ? 4 : 'xs'}>
        <Group gap={8} wrap="nowrap" justify="space-between">
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon size="md" radius="sm" variant="light" color={look.color}>
              <look.icon size={16} />
            </ThemeIcon>
            <Text size="sm" fw={600} truncate data-testid="node-title">
              {stepTitle(t, step)}
            </Text>
          </Group>
          <ProblemBadges errors={errors} warnings={canvas.warnings.get(id)} />
        </Group>
        <Text size="xs" c="dimmed" mt={4} lineClamp={2} data-testid="node-summary">
          {stepSummary(t, step, canvas.names)}
        </Text>
        {canvas.stats ? (
          <Box mt={6}>
            <StatsBadges stats={canvas.stats.get(id)} />
          </Box>
        ) : null}
      </Box>
      {outputs.length ? (
        <Group gap={0} wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          {outputs.map((o) => (
            <Text key={o.field} size="10px" c="dimmed" ta="center" py={2} style={{ flex: 1 }} truncate data-testid="output-label" data-field={o.field}>
              {outputLabel(t, o, outputs)}
            </Text>
          ))}
        </Group>
      ) : null}
      {outputs.map((o, i) => {
        const left = `${((i + 0.5) / outputs.length) * 100}%`;
        return (
          <Fragment key={o.field}>
            <Handle
              type="source"
              position={Position.Bottom}
              id={o.field}
              style={{ left, background: o.target ? undefined : 'var(--mantine-color-gray-5)' }}
              data-testid="handle-out"
              data-field={o.field}
              aria-label={outputLabel(t, o, outputs)}
            />
            {o.target || canvas.readOnly ? null : <FreeOutputPlus left={left} onPick={(item) => canvas.onAppend({ source: id, field: o.field }, item)} field={o.field} />}
          </Fragment>
        );
      })}
    </Paper>
  );
});

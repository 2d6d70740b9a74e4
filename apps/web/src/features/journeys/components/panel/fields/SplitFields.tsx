import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../model/errors';
import { sharePercent } from '../../../model/stats';
import type { FieldsProps } from './types';

const maxPaths = 5;
const minPaths = 2;

/** Random paths with relative weights; a path left unconnected is a holdout. */
export function SplitFields({ step, onChange, problems, readOnly }: FieldsProps<'split'>) {
  const { t } = useTranslation('journeys');
  const weights = step.paths.map((p) => p.weight);
  const setPath = (i: number, patch: Partial<(typeof step.paths)[number]>) => onChange({ ...step, paths: step.paths.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const nextKey = () => {
    const taken = new Set(step.paths.map((p) => p.key));
    return [...'ABCDEFGH'].find((k) => !taken.has(k)) ?? `P${step.paths.length + 1}`;
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('split.paths')}
      </Text>
      {step.paths.map((p, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="split-path">
          <TextInput aria-label={t('split.key')} w={70} value={p.key} onChange={(e) => setPath(i, { key: e.currentTarget.value })} error={fieldError(problems, `paths.${i}.key`)} disabled={readOnly} />
          <NumberInput aria-label={t('split.weight')} w={90} min={1} max={100} value={p.weight} onChange={(v) => typeof v === 'number' && setPath(i, { weight: v })} error={fieldError(problems, `paths.${i}.weight`)} disabled={readOnly} />
          <Text size="sm" c="dimmed" pt={6} w={44}>
            {t('split.share', { percent: sharePercent(weights, i) })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            aria-label={t('split.remove')}
            disabled={readOnly || step.paths.length <= minPaths}
            onClick={() => onChange({ ...step, paths: step.paths.filter((_, j) => j !== i) })}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      {fieldError(problems, 'paths') && !step.paths.some((_, i) => fieldError(problems, `paths.${i}`)) ? (
        <Text size="xs" c="red">
          {fieldError(problems, 'paths')}
        </Text>
      ) : null}
      {step.paths.length < maxPaths && !readOnly ? (
        <Button size="compact-sm" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange({ ...step, paths: [...step.paths, { key: nextKey(), weight: 50 }] })}>
          {t('split.add')}
        </Button>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('split.hint')}
      </Text>
    </Stack>
  );
}

import { Select, Stack, Text } from '@mantine/core';
import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { fieldError, type Placed } from '../../model/errors';
import { outputsOf } from '../../model/steps';
import { outputLabel, stepTitle } from '../summary';

interface Props {
  step: JourneyStep;
  definition: JourneyDefinition;
  onConnect: (field: string, target: string | null) => void;
  problems: Placed[] | undefined;
  readOnly: boolean;
}

/** Where each output leads, chosen from a list: the same as dragging a handle on the canvas, by keyboard. */
export function ConnectionsEditor({ step, definition, onConnect, problems, readOnly }: Props) {
  const { t } = useTranslation('journeys');
  const outputs = outputsOf(step);
  if (!outputs.length) return null;
  const none = '__none__';
  const others = definition.steps.filter((s) => s.id !== step.id).map((s) => ({ value: s.id, label: `${stepTitle(t, s)} (${s.id})` }));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('panel.connections')}
      </Text>
      {outputs.map((o) => {
        const label = outputLabel(t, o, outputs);
        // A link to a step that is gone stays listed, so the select shows what is stored.
        const dangling = o.target && !others.some((x) => x.value === o.target) ? [{ value: o.target, label: o.target }] : [];
        return (
          <Select
            key={o.field}
            label={t('panel.connectTo', { output: label })}
            data={[{ value: none, label: t('panel.nothing') }, ...dangling, ...others]}
            value={o.target ?? none}
            onChange={(v) => onConnect(o.field, v && v !== none ? v : null)}
            allowDeselect={false}
            searchable
            error={fieldError(problems, o.field)}
            disabled={readOnly}
            data-testid="connect-select"
            data-field={o.field}
          />
        );
      })}
    </Stack>
  );
}

import { Alert, Button, Divider, Group, List, Paper, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { IconAlertCircle, IconAlertTriangle, IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Placed } from '../../model/errors';
import { lookOf } from '../canvas/step-look';
import { stepTitle } from '../summary';
import { ConnectionsEditor } from './ConnectionsEditor';
import { ActionFields } from './fields/ActionFields';
import { BranchFields } from './fields/BranchFields';
import { SplitFields } from './fields/SplitFields';
import { WaitFields } from './fields/WaitFields';
import { WaitForFields } from './fields/WaitForFields';

interface Props {
  step: JourneyStep;
  definition: JourneyDefinition;
  onChange: (step: JourneyStep) => void;
  onConnect: (field: string, target: string | null) => void;
  onDelete: () => void;
  onClose: () => void;
  errors: Placed[] | undefined;
  warnings: Placed[] | undefined;
  readOnly: boolean;
}

/** Fields shown elsewhere in the panel; a complaint about anything else is listed at the top. */
const placedFields = (step: JourneyStep): string[] => {
  switch (step.type) {
    case 'wait':
      return ['wait', 'next'];
    case 'wait_for':
      return ['until', 'timeoutMinutes', 'onEvent', 'onTimeout'];
    case 'branch':
      return ['condition', 'yes', 'no'];
    case 'split':
      return ['paths'];
    case 'action':
      return ['action', 'next'];
    case 'exit':
      return [];
  }
};

function StepFields({ step, onChange, problems, readOnly }: { step: JourneyStep; onChange: (s: JourneyStep) => void; problems: Placed[] | undefined; readOnly: boolean }) {
  const common = { problems, readOnly };
  switch (step.type) {
    case 'wait':
      return <WaitFields step={step} onChange={onChange} {...common} />;
    case 'wait_for':
      return <WaitForFields step={step} onChange={onChange} {...common} />;
    case 'branch':
      return <BranchFields step={step} onChange={onChange} {...common} />;
    case 'split':
      return <SplitFields step={step} onChange={onChange} {...common} />;
    case 'action':
      return <ActionFields step={step} onChange={onChange} {...common} />;
    case 'exit':
      return null;
  }
}

/** The selected step: its label, its fields, where its outputs lead, and its problems. */
export function StepPanel({ step, definition, onChange, onConnect, onDelete, onClose, errors, warnings, readOnly }: Props) {
  const { t } = useTranslation('journeys');
  const look = lookOf(step);
  const placed = placedFields(step);
  const loose = (errors ?? []).filter((p) => !placed.some((f) => p.field === f || p.field.startsWith(`${f}.`)));
  return (
    <Paper withBorder radius="md" p="md" data-testid="step-panel" data-step-id={step.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon variant="light" color={look.color} radius="sm">
              <look.icon size={16} />
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {stepTitle(t, step)}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {t('panel.id', { id: step.id })}
              </Text>
            </Stack>
          </Group>
          <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconArrowLeft size={12} />} onClick={onClose} data-testid="panel-settings">
            {t('panel.settings')}
          </Button>
        </Group>
        {loose.length ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={16} />} title={t('panel.errors')} data-testid="step-errors">
            <List size="sm">
              {loose.map((p, i) => (
                <List.Item key={i} data-testid="step-error">
                  {p.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {warnings?.length ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} title={t('panel.warnings')} data-testid="step-warnings">
            <List size="sm">
              {warnings.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <TextInput
          label={t('panel.name')}
          placeholder={t('panel.namePlaceholder')}
          value={step.name ?? ''}
          onChange={(e) => onChange({ ...step, name: e.currentTarget.value })}
          maxLength={100}
          disabled={readOnly}
          data-testid="step-name"
        />
        <StepFields step={step} onChange={onChange} problems={errors} readOnly={readOnly} />
        <Divider />
        <ConnectionsEditor step={step} definition={definition} onConnect={onConnect} problems={errors} readOnly={readOnly} />
        {readOnly ? null : (
          <Button variant="light" color="red" leftSection={<IconTrash size={14} />} onClick={onDelete} data-testid="step-delete">
            {t('panel.delete')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

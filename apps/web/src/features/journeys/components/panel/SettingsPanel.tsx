import { ActionIcon, Alert, Button, Divider, Group, List, NumberInput, Paper, Select, Stack, Switch, Text, Textarea, ThemeIcon } from '@mantine/core';
import type { JourneyDefinition } from '@rapport/contracts';
import { IconAlertTriangle, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError, type Placed } from '../../model/errors';
import { triggerLook } from '../canvas/step-look';
import { EventInput } from './inputs/EventInput';
import { TriggerFields } from './TriggerFields';

interface Props {
  definition: JourneyDefinition;
  onChange: (change: (d: JourneyDefinition) => JourneyDefinition) => void;
  description: string;
  onDescription: (description: string) => void;
  descriptionError: string | undefined;
  errors: Placed[] | undefined;
  warnings: Placed[] | undefined;
  readOnly: boolean;
}

type Reentry = JourneyDefinition['reentry']['kind'];
const maxExitEvents = 5;

/** The journey as a whole: its trigger, re-entry, exit events, goal and frequency cap. */
export function SettingsPanel({ definition: d, onChange, description, onDescription, descriptionError, errors, warnings, readOnly }: Props) {
  const { t } = useTranslation('journeys');
  const set = <K extends keyof JourneyDefinition>(key: K, value: JourneyDefinition[K]) => onChange((def) => ({ ...def, [key]: value }));
  const err = (f: string) => fieldError(errors, f);
  return (
    <Paper withBorder radius="md" p="md" data-testid="settings-panel">
      <Stack gap="sm">
        <Group gap="xs">
          <ThemeIcon variant="light" color={triggerLook.color} radius="sm">
            <triggerLook.icon size={16} />
          </ThemeIcon>
          <Text fw={600}>{t('settings.title')}</Text>
        </Group>
        {warnings?.length ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} title={t('panel.warnings')}>
            <List size="sm">
              {warnings.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <TriggerFields trigger={d.trigger} onChange={(trigger) => set('trigger', trigger)} problems={errors} readOnly={readOnly} />
        <Divider />
        <Textarea label={t('settings.description')} autosize minRows={2} value={description} onChange={(e) => onDescription(e.currentTarget.value)} error={descriptionError} disabled={readOnly} />
        <Select
          label={t('settings.reentry')}
          data={(['never', 'after_days', 'always'] as const).map((k) => ({ value: k, label: t(`settings.reentryKinds.${k}`) }))}
          value={d.reentry.kind}
          onChange={(k) => k && set('reentry', k === 'after_days' ? { kind: k, days: 30 } : { kind: k as Exclude<Reentry, 'after_days'> })}
          allowDeselect={false}
          error={err('reentry')}
          disabled={readOnly}
          data-testid="settings-reentry"
        />
        {d.reentry.kind === 'after_days' ? (
          <NumberInput label={t('settings.reentryDays')} min={1} max={3650} value={d.reentry.days} onChange={(v) => typeof v === 'number' && set('reentry', { kind: 'after_days', days: v })} disabled={readOnly} />
        ) : null}
        <Divider />
        <Text size="sm" fw={500}>
          {t('settings.exitOn')}
        </Text>
        {d.exitOn.map((e, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="exit-on">
            <div style={{ flex: 1 }}>
              <EventInput label="" event={e.event} where={e.where} onChange={(v) => set('exitOn', d.exitOn.map((x, j) => (j === i ? v : x)))} error={err(`exitOn.${i}`)} disabled={readOnly} />
            </div>
            {readOnly ? null : (
              <ActionIcon variant="subtle" color="gray" mt={6} aria-label={t('split.remove')} onClick={() => set('exitOn', d.exitOn.filter((_, j) => j !== i))}>
                <IconX size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && d.exitOn.length < maxExitEvents ? (
          <Button size="compact-sm" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => set('exitOn', [...d.exitOn, { event: 'Order Completed', where: [] }])} data-testid="exit-on-add">
            {t('settings.exitOnAdd')}
          </Button>
        ) : null}
        <Divider />
        <Switch
          label={t('settings.goalOn')}
          checked={Boolean(d.goal)}
          onChange={(e) => set('goal', e.currentTarget.checked ? { event: 'Order Completed', where: [], withinDays: 7 } : null)}
          disabled={readOnly}
          data-testid="settings-goal"
        />
        {d.goal ? (
          <>
            <EventInput label={t('settings.goalEvent')} event={d.goal.event} where={d.goal.where} onChange={(v) => set('goal', { ...d.goal!, ...v })} error={err('goal.event')} disabled={readOnly} />
            <NumberInput label={t('settings.goalWithin')} min={1} max={365} value={d.goal.withinDays} onChange={(v) => typeof v === 'number' && set('goal', { ...d.goal!, withinDays: v })} error={err('goal.withinDays')} disabled={readOnly} />
          </>
        ) : null}
        <Switch
          label={t('settings.capOn')}
          checked={Boolean(d.frequencyCap)}
          onChange={(e) => set('frequencyCap', e.currentTarget.checked ? { count: 2, days: 7 } : null)}
          disabled={readOnly}
          data-testid="settings-cap"
        />
        {d.frequencyCap ? (
          <Group grow>
            <NumberInput label={t('settings.capCount')} min={1} max={100} value={d.frequencyCap.count} onChange={(v) => typeof v === 'number' && set('frequencyCap', { ...d.frequencyCap!, count: v })} error={err('frequencyCap.count')} disabled={readOnly} />
            <NumberInput label={t('settings.capDays')} min={1} max={90} value={d.frequencyCap.days} onChange={(v) => typeof v === 'number' && set('frequencyCap', { ...d.frequencyCap!, days: v })} error={err('frequencyCap.days')} disabled={readOnly} />
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

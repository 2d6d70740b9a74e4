import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { updateWorkspaceSettingsInputSchema, type WorkspaceSettings } from '@rapport/contracts';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { useUpdateWorkspaceSettings } from '../api/workspace-settings';
import { toStageRows, toStagesInput, type StageRow } from '../lifecycle-stages';
import { useLifecycleStages } from '../use-lifecycle-stages';

interface Values {
  lifecycleStages: StageRow[];
}

const check = schemaValidator<unknown>(updateWorkspaceSettingsInputSchema);

/** Add, rename, reorder and remove the lifecycle stages contacts move through. Keys never change. */
export function LifecycleStagesEditor({ settings, editable }: { settings: WorkspaceSettings; editable: boolean }) {
  const { t } = useTranslation('settings');
  const { shown } = useLifecycleStages();
  const update = useUpdateWorkspaceSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = (v: Values) => ({ lifecycleStages: toStagesInput(v.lifecycleStages, shown) });
  const form = useForm<Values>({
    initialValues: { lifecycleStages: toStageRows(settings.lifecycleStages, shown) },
    validate: (v) => check(toInput(v)),
  });
  const rows = form.getValues().lifecycleStages;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await update.mutateAsync(toInput(v));
      notifySuccess(t('workspace.stages.saved'));
    } catch (error) {
      if (!applyServerErrors(form, error)) setFormError(errorMessage(error));
    }
  });
  const move = (from: number, to: number) => form.reorderListItem('lifecycleStages', { from, to });
  const rowError = (i: number) => form.errors[`lifecycleStages.${i}.label`] ?? form.errors[`lifecycleStages.${i}.key`];

  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('workspace.stages.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('workspace.stages.description')}
          </Text>
          {formError || form.errors.lifecycleStages ? (
            <Alert color="red" variant="light">
              {formError ?? form.errors.lifecycleStages}
            </Alert>
          ) : null}
          {rows.map((row, i) => (
            <Group key={form.key(`lifecycleStages.${i}`)} gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" color="gray" radius="sm" mt={8} w={28} px={0}>
                {i + 1}
              </Badge>
              <TextInput
                aria-label={t('workspace.stages.labelOf', { n: i + 1 })}
                style={{ flex: 1 }}
                disabled={!editable}
                {...form.getInputProps(`lifecycleStages.${i}.label`)}
                error={rowError(i)}
                rightSectionWidth={140}
                rightSection={
                  <Text size="xs" c="dimmed" ff="monospace" truncate maw={130}>
                    {row.key ?? t('workspace.stages.new')}
                  </Text>
                }
              />
              {editable ? (
                <>
                  <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('workspace.stages.moveUp', { n: i + 1 })}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === rows.length - 1} onClick={() => move(i, i + 1)} aria-label={t('workspace.stages.moveDown', { n: i + 1 })}>
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    disabled={rows.length === 1}
                    onClick={() => form.removeListItem('lifecycleStages', i)}
                    aria-label={t('workspace.stages.remove', { n: i + 1 })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </>
              ) : null}
            </Group>
          ))}
          {editable ? (
            <Group justify="space-between" mt="xs">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                disabled={rows.length >= 30}
                onClick={() => form.insertListItem('lifecycleStages', { key: null, label: '', stored: null })}
              >
                {t('workspace.stages.add')}
              </Button>
              <Group gap="sm">
                <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                  {t('workspace.stages.reset')}
                </Button>
                <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                  {t('workspace.stages.save')}
                </Button>
              </Group>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

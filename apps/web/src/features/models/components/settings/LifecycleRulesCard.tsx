import { Button, Stack, Switch, Text } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import type { LifecycleSettings, SegmentGroup } from '@rapport/contracts';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLifecycleStages } from '../../../settings';
import { definitionOf, lifecycleFormPath, newRuleRow, suggestedRules, toLifecycleValues, type LifecycleValues } from '../../model/lifecycle-rules';
import { LifecycleRuleRow } from './LifecycleRuleRow';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

/** Rules that set each contact's lifecycle stage when the models run; the first rule that holds wins. */
export function LifecycleRulesCard({ settings, editable }: { settings: LifecycleSettings; editable: boolean }) {
  const { t } = useTranslation('models');
  const { stages } = useLifecycleStages();
  const { save, error, saving } = useSettingsSave(lifecycleFormPath);
  const form = useForm<LifecycleValues>({
    initialValues: toLifecycleValues(settings),
    validate: (v) => {
      const errors: FormErrors = {};
      v.rules.forEach((row, i) => {
        if (!row.stage) errors[`rules.${i}.stage`] = t('settings.lifecycle.pickStage');
        if (!definitionOf(row)) errors[`rules.${i}.json`] = t('settings.lifecycle.badJson');
      });
      return errors;
    },
  });
  const values = form.getValues();
  const options = stages.map((s) => ({ value: s.key, label: s.label }));
  const suggestions = suggestedRules(stages.map((s) => s.key));
  const submit = form.onSubmit((v) => {
    const rules = v.rules.map((row) => ({ stage: row.stage, definition: definitionOf(row) as SegmentGroup }));
    return save({ lifecycle: { enabled: v.enabled, rules } }, form);
  });

  return (
    <SettingsCard
      title={t('settings.lifecycle.title')}
      description={t('settings.lifecycle.description')}
      error={error ?? (form.errors.rules as string | undefined) ?? null}
      editable={editable}
      dirty={form.isDirty()}
      saving={saving}
      onDiscard={() => form.reset()}
      onSubmit={submit}
      testId="lifecycle-settings"
      tools={
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          disabled={values.rules.length >= 20 || options.length === 0}
          onClick={() => form.insertListItem('rules', newRuleRow(options[0]?.value ?? ''))}
          data-testid="lifecycle-add"
        >
          {t('settings.lifecycle.add')}
        </Button>
      }
    >
      <Switch
        label={t('settings.lifecycle.enabled')}
        description={t('settings.lifecycle.enabledHint')}
        disabled={!editable}
        data-testid="lifecycle-enabled"
        {...form.getInputProps('enabled', { type: 'checkbox' })}
      />
      <Stack gap="sm">
        {values.rules.map((row, i) => (
          <LifecycleRuleRow key={form.key(`rules.${i}`)} form={form} index={i} count={values.rules.length} stages={options} editable={editable} />
        ))}
      </Stack>
      {values.rules.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('settings.lifecycle.empty')}
          </Text>
          {editable && suggestions.length ? (
            <Button variant="light" leftSection={<IconSparkles size={16} />} onClick={() => form.setFieldValue('rules', suggestions)} data-testid="lifecycle-suggest">
              {t('settings.lifecycle.suggest')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
    </SettingsCard>
  );
}

import { Button, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { defaultNasldSettings, nasldSettingsSchema, type NasldSettings } from '@rapport/contracts';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { schemaValidator } from '../../../../lib/form-validation';
import { under } from '../../model/format';
import { stateLimits } from '../../model/nasld';
import { SettingsCard } from './SettingsCard';
import { useSettingsSave } from './use-settings-save';

const fields = [
  { key: 'newWithinDays', min: 1, max: 3650, decimals: false },
  { key: 'defaultCycleDays', min: 1, max: 3650, decimals: false },
  { key: 'sleepyMultiplier', min: 1, max: 20, decimals: true },
  { key: 'lostMultiplier', min: 1, max: 30, decimals: true },
  { key: 'deepDormantAfterDays', min: 1, max: 3650, decimals: false },
] as const satisfies readonly { key: keyof NasldSettings; min: number; max: number; decimals: boolean }[];

/** The NASLD limits: how long a buyer stays new, the multipliers of the cycle, and the deep-dormant cap. */
export function NasldSettingsCard({ settings, cycle, editable }: { settings: NasldSettings; cycle: number | null; editable: boolean }) {
  const { t, i18n } = useTranslation('models');
  const { save, error, saving } = useSettingsSave(under('nasld'));
  const form = useForm<NasldSettings>({
    initialValues: settings,
    validate: schemaValidator<NasldSettings>(nasldSettingsSchema, { lostMultiplier: () => t('settings.nasld.lostAfterSleepy') }),
  });
  const values = form.getValues();
  const valid = nasldSettingsSchema.safeParse(values).success;
  const c = cycle ?? values.defaultCycleDays;
  const limits = valid ? stateLimits(values, c) : null;
  const n = (v: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(v);

  return (
    <SettingsCard
      title={t('settings.nasld.title')}
      description={t('settings.nasld.description')}
      error={error}
      editable={editable}
      dirty={form.isDirty()}
      saving={saving}
      onDiscard={() => form.reset()}
      onSubmit={form.onSubmit((v) => save({ nasld: v }, form))}
      testId="nasld-settings"
      tools={
        <Button variant="subtle" leftSection={<IconRestore size={16} />} onClick={() => form.setValues(defaultNasldSettings)}>
          {t('settings.resetDefaults')}
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {fields.map((f) => (
          <NumberInput
            key={form.key(f.key)}
            label={t(`settings.nasld.fields.${f.key}.label`)}
            description={t(`settings.nasld.fields.${f.key}.hint`)}
            min={f.min}
            max={f.max}
            step={f.decimals ? 0.5 : 1}
            decimalScale={f.decimals ? 2 : 0}
            disabled={!editable}
            data-testid={`nasld-${f.key}`}
            {...form.getInputProps(f.key)}
          />
        ))}
      </SimpleGrid>
      {limits ? (
        <Text size="sm" c="dimmed" data-testid="nasld-settings-preview">
          {t('settings.nasld.preview', { cycle: n(c), newDays: n(limits.newDays), activeDays: n(limits.activeDays), sleepyDays: n(limits.sleepyDays), lostDays: n(limits.lostDays) })}
        </Text>
      ) : null}
    </SettingsCard>
  );
}

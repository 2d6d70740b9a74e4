import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../../model/settings-form';
import { SettingsCard } from './SettingsCard';

type Form = UseFormReturnType<SettingsForm>;

/** Every IANA zone this browser knows, UTC first. */
const timeZones = (() => {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
})();

/** Who mail is from. */
export function SenderFields({ form, editable }: { form: Form; editable: boolean }) {
  const { t } = useTranslation('messaging');
  return (
    <SettingsCard
      title={t('settings.sender.title')}
      description={t('settings.sender.description')}
      toggle={{ checked: form.values.senderOn, onChange: (on) => form.setFieldValue('senderOn', on), label: t('settings.sender.toggle'), testId: 'settings-sender-on', disabled: !editable }}
    >
      <Group grow align="flex-start">
        <TextInput label={t('settings.sender.fromName')} required {...form.getInputProps('fromName')} data-testid="settings-from-name" />
        <TextInput label={t('settings.sender.fromAddress')} type="email" required {...form.getInputProps('fromAddress')} data-testid="settings-from-address" />
        <TextInput label={t('settings.sender.replyTo')} type="email" {...form.getInputProps('replyTo')} data-testid="settings-reply-to" />
      </Group>
    </SettingsCard>
  );
}

/** The workspace's time zone, quiet hours, the frequency cap and the conversion window. */
export function RulesFields({ form, editable }: { form: Form; editable: boolean }) {
  const { t } = useTranslation('messaging');
  const v = form.values;
  return (
    <>
      <SettingsCard title={t('settings.rules.title')} description={t('settings.rules.description')}>
        <Group grow align="flex-start">
          <Select label={t('settings.rules.timeZone')} description={t('settings.rules.timeZoneHint')} data={timeZones} searchable allowDeselect={false} {...form.getInputProps('timeZone')} data-testid="settings-time-zone" />
          <NumberInput
            label={t('settings.rules.conversionWindow')}
            description={t('settings.rules.conversionWindowHint')}
            min={1}
            max={90}
            allowDecimal={false}
            suffix={` ${t('settings.rules.days')}`}
            {...form.getInputProps('conversionWindowDays')}
            data-testid="settings-conversion-window"
          />
        </Group>
      </SettingsCard>
      <SettingsCard
        title={t('settings.quiet.title')}
        description={t('settings.quiet.description')}
        toggle={{ checked: v.quietOn, onChange: (on) => form.setFieldValue('quietOn', on), label: t('settings.quiet.toggle'), testId: 'settings-quiet-on', disabled: !editable }}
      >
        <Group align="flex-start">
          <TextInput type="time" label={t('settings.quiet.start')} w={160} {...form.getInputProps('quietStart')} data-testid="settings-quiet-start" />
          <TextInput type="time" label={t('settings.quiet.end')} w={160} {...form.getInputProps('quietEnd')} data-testid="settings-quiet-end" />
        </Group>
      </SettingsCard>
      <SettingsCard
        title={t('settings.cap.title')}
        description={t('settings.cap.description')}
        toggle={{ checked: v.capOn, onChange: (on) => form.setFieldValue('capOn', on), label: t('settings.cap.toggle'), testId: 'settings-cap-on', disabled: !editable }}
      >
        <Group align="flex-end">
          <NumberInput label={t('settings.cap.count')} min={1} max={1000} allowDecimal={false} w={160} {...form.getInputProps('capCount')} data-testid="settings-cap-count" />
          <NumberInput label={t('settings.cap.days')} min={1} max={90} allowDecimal={false} w={160} {...form.getInputProps('capDays')} data-testid="settings-cap-days" />
        </Group>
      </SettingsCard>
    </>
  );
}

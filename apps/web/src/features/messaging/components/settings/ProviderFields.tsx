import { Group, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { MessagingSettings } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import type { SettingsForm, SmsProvider } from '../../model/settings-form';
import { SettingsCard } from './SettingsCard';

type Form = UseFormReturnType<SettingsForm>;

/** A write-only secret: empty shows whether one is saved, and leaving it empty keeps it. */
function SecretInput({ form, field, label, saved, testId }: { form: Form; field: 'smsToken' | 'mitakePassword' | 'lineToken'; label: string; saved: boolean; testId: string }) {
  const { t } = useTranslation('messaging');
  return (
    <PasswordInput
      label={label}
      placeholder={saved ? t('settings.secretSaved') : t('settings.secretNone')}
      autoComplete="new-password"
      {...form.getInputProps(field)}
      data-testid={testId}
      data-saved={saved}
    />
  );
}

/** The SMS gateway: none, a generic JSON API, or Mitake (三竹). */
export function SmsProviderFields({ form, settings, editable }: { form: Form; settings: MessagingSettings; editable: boolean }) {
  const { t } = useTranslation('messaging');
  const provider = form.values.smsProvider;
  const saved = (p: SmsProvider) => settings.sms?.provider === p && settings.sms.hasSecret;
  return (
    <SettingsCard title={t('settings.sms.title')} description={t('settings.sms.description')}>
      <Stack gap={4}>
        <SegmentedControl
          w="fit-content"
          value={provider}
          onChange={(v) => form.setFieldValue('smsProvider', v as SmsProvider)}
          data={(['none', 'generic', 'mitake'] as const).map((p) => ({ value: p, label: t(`settings.sms.providers.${p}`) }))}
          disabled={!editable}
          data-testid="settings-sms-provider"
        />
        <Text size="xs" c="dimmed">
          {t(`settings.sms.hints.${provider}`)}
        </Text>
      </Stack>
      {provider === 'generic' ? (
        <Group grow align="flex-start">
          <TextInput label={t('settings.sms.url')} required placeholder="https://" {...form.getInputProps('smsUrl')} data-testid="settings-sms-url" />
          <SecretInput form={form} field="smsToken" label={t('settings.sms.token')} saved={saved('generic')} testId="settings-sms-token" />
          <TextInput label={t('settings.sms.sender')} maxLength={20} {...form.getInputProps('smsSender')} data-testid="settings-sms-sender" />
        </Group>
      ) : null}
      {provider === 'mitake' ? (
        <Group grow align="flex-start">
          <TextInput label={t('settings.sms.username')} required {...form.getInputProps('mitakeUsername')} data-testid="settings-mitake-username" />
          <SecretInput form={form} field="mitakePassword" label={t('settings.sms.password')} saved={saved('mitake')} testId="settings-mitake-password" />
          <TextInput label={t('settings.sms.baseUrl')} description={t('settings.sms.baseUrlHint')} placeholder="https://" {...form.getInputProps('mitakeBaseUrl')} data-testid="settings-mitake-base-url" />
        </Group>
      ) : null}
    </SettingsCard>
  );
}

/** The LINE Messaging API channel. */
export function LineProviderFields({ form, settings, editable }: { form: Form; settings: MessagingSettings; editable: boolean }) {
  const { t } = useTranslation('messaging');
  return (
    <SettingsCard
      title={t('settings.line.title')}
      description={t('settings.line.description')}
      toggle={{ checked: form.values.lineOn, onChange: (on) => form.setFieldValue('lineOn', on), label: t('settings.line.toggle'), testId: 'settings-line-on', disabled: !editable }}
    >
      <Group grow align="flex-start">
        <SecretInput form={form} field="lineToken" label={t('settings.line.token')} saved={Boolean(settings.line?.hasToken)} testId="settings-line-token" />
        <TextInput label={t('settings.line.baseUrl')} description={t('settings.line.baseUrlHint')} placeholder="https://api.line.me" {...form.getInputProps('lineBaseUrl')} data-testid="settings-line-base-url" />
      </Group>
    </SettingsCard>
  );
}

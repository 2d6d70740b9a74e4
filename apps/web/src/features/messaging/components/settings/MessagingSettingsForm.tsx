import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { messagingSettingsInputSchema, type MessagingSettings } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api';
import { schemaValidator } from '../../../../lib/form-validation';
import { errorMessage, notifySuccess } from '../../../../lib/notify';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { CopyField } from '../../../../ui/CopyField';
import { useRotateWebhookSecret, useUpdateMessagingSettings } from '../../api/update-settings';
import { formFieldOf, formOf, missingSecrets, settingsInput, type SettingsForm } from '../../model/settings-form';
import { LineProviderFields, SmsProviderFields } from './ProviderFields';
import { SettingsCard } from './SettingsCard';
import { RulesFields, SenderFields } from './SendingFields';

const check = schemaValidator(messagingSettingsInputSchema);

/** Request-path errors as form-field errors; the ones with no field are returned apart. */
function toFormErrors(errors: Record<string, unknown>): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = formFieldOf(path);
    if (field) fields[field] ??= String(message);
    else other.push(path ? `${path}: ${String(message)}` : String(message));
  }
  return { fields, other };
}

/** The messaging settings, saved as a whole; secrets are write-only and the webhook secret is shown to copy. */
export function MessagingSettingsForm({ settings, editable }: { settings: MessagingSettings; editable: boolean }) {
  const { t } = useTranslation('messaging');
  const save = useUpdateMessagingSettings();
  const rotate = useRotateWebhookSecret();
  const [other, setOther] = useState<string[]>([]);
  const form = useForm<SettingsForm>({
    initialValues: formOf(settings),
    validate: (values) => {
      const { fields, other: rest } = toFormErrors(check(settingsInput(values)));
      for (const field of missingSecrets(values, settings)) fields[field] ??= t('settings.secretRequired');
      setOther(rest);
      return fields;
    },
  });

  const submit = form.onSubmit((values) =>
    save.mutate(settingsInput(values), {
      onSuccess: (saved) => {
        form.setInitialValues(formOf(saved));
        form.setValues(formOf(saved));
        setOther([]);
        notifySuccess(t('settings.saved'));
      },
      onError: (error) => {
        const problems = isApiError(error) ? (error.problem?.errors ?? []) : [];
        const { fields, other: rest } = toFormErrors(Object.fromEntries(problems.map((e) => [e.path, e.message])));
        form.setErrors(fields);
        setOther(problems.length ? rest : [errorMessage(error)]);
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="messaging-settings">
      <Stack gap="lg">
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="lg">
            <SenderFields form={form} editable={editable} />
            <RulesFields form={form} editable={editable} />
            <SmsProviderFields form={form} settings={settings} editable={editable} />
            <LineProviderFields form={form} settings={settings} editable={editable} />
          </Stack>
        </fieldset>
        {/* Outside the fieldset: whoever may read the settings may copy the secret. */}
        <SettingsCard title={t('settings.webhook.title')} description={t('settings.webhook.description')}>
          <Stack gap="xs" align="flex-start">
            <div data-testid="settings-webhook-secret" style={{ alignSelf: 'stretch' }}>
              <CopyField label={t('settings.webhook.secret')} value={settings.webhookSecret} />
            </div>
            {editable ? (
              <ConfirmButton
                size="xs"
                label={t('settings.webhook.rotate')}
                title={t('settings.webhook.rotateTitle')}
                message={t('settings.webhook.rotateMessage')}
                confirmLabel={t('settings.webhook.rotate')}
                loading={rotate.isPending}
                onConfirm={() => rotate.mutateAsync().then(() => notifySuccess(t('settings.webhook.rotated')))}
                data-testid="settings-webhook-rotate"
              />
            ) : null}
          </Stack>
        </SettingsCard>
        {other.length ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={t('settings.saveFailed')} data-testid="settings-error">
            {other.join('; ')}
          </Alert>
        ) : null}
        {editable ? (
          <Paper withBorder radius="md" p="sm" pos="sticky" bottom={8} style={{ zIndex: 2 }}>
            <Group justify="flex-end">
              <Button variant="default" disabled={!form.isDirty()} onClick={form.reset}>
                {t('settings.discard')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()} data-testid="settings-save">
                {t('settings.save')}
              </Button>
            </Group>
          </Paper>
        ) : null}
      </Stack>
    </form>
  );
}

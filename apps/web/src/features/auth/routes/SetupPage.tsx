import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../../ui/PasswordField';
import { useForm } from '@mantine/form';
import { setupInputSchema, type SetupInput } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { AuthShell } from '../../../ui/AuthShell';
import { useSetup } from '../api/setup';

/** First run: creates the owner account and the first workspace. */
export function SetupPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const setup = useSetup();
  const form = useForm<SetupInput>({
    initialValues: { name: '', email: '', password: '', workspaceName: '' },
    validate: schemaValidator(setupInputSchema),
  });

  const submit = form.onSubmit((values) =>
    setup.mutate(values, {
      onSuccess: () => void navigate({ to: '/contacts' }),
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <AuthShell title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('fields.yourName')} autoComplete="name" required autoFocus {...form.getInputProps('name')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordField
            label={t('fields.password')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('fields.workspaceName')}
            placeholder={t('setup.workspacePlaceholder')}
            required
            {...form.getInputProps('workspaceName')}
          />
          <Button type="submit" fullWidth loading={setup.isPending} mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthShell>
  );
}

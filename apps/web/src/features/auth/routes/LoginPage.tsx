import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../../ui/PasswordField';
import { useForm } from '@mantine/form';
import { loginInputSchema, type LoginInput } from '@rapport/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { schemaValidator } from '../../../lib/form-validation';
import { errorMessage } from '../../../lib/notify';
import { AuthShell } from '../../../ui/AuthShell';
import { useLogin } from '../api/login';
import { safeRedirect } from '../safe-redirect';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const form = useForm<LoginInput>({
    initialValues: { email: '', password: '' },
    validate: schemaValidator(loginInputSchema),
  });

  const submit = form.onSubmit((values) =>
    login.mutate(values, { onSuccess: () => void navigate({ href: safeRedirect(redirect) }) }),
  );

  return (
    <AuthShell title={t('login.title')} subtitle={t('login.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {login.error ? <LoginError error={login.error} /> : null}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth loading={login.isPending} mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthShell>
  );
}

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation('auth');
  const status = isApiError(error) ? error.status : 0;
  const message =
    status === 401 ? t('login.invalidCredentials') : status === 429 ? t('login.tooManyAttempts') : errorMessage(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}

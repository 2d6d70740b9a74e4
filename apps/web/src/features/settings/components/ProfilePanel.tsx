import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from '../../../ui/PasswordField';
import { useForm } from '@mantine/form';
import { changePasswordInputSchema } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import i18n from '../../../lib/i18n';
import { notifySuccess } from '../../../lib/notify';
import { useChangePassword, useMe } from '../../auth';
import { NameAvatar } from '../../../ui/NameAvatar';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const schemaCheck = schemaValidator<Omit<Values, 'confirmPassword'>>(changePasswordInputSchema);
const validate = ({ confirmPassword, ...rest }: Values) => ({
  ...schemaCheck(rest),
  ...(confirmPassword !== rest.newPassword ? { confirmPassword: i18n.t('settings:profile.mismatch') } : {}),
});

export function ProfilePanel() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const change = useChangePassword();
  const form = useForm<Values>({ initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' }, validate });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t('profile.changed'));
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );

  return (
    <Stack gap="lg" maw={520}>
      <Paper withBorder radius="md" p="lg">
        <Group>
          <NameAvatar name={me.user.name} radius="xl" size="lg" />
          <div>
            <Text fw={600}>{me.user.name}</Text>
            <Text size="sm" c="dimmed">
              {me.user.email}
            </Text>
          </div>
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Title order={4} mb="md">
          {t('profile.passwordTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordField label={t('profile.currentPassword')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
            <PasswordField
              label={t('profile.newPassword')}
              description={t('profile.newPasswordHint')}
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label={t('profile.confirmPassword')} autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
            <Group justify="flex-end">
              <Button type="submit" loading={change.isPending}>
                {t('profile.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

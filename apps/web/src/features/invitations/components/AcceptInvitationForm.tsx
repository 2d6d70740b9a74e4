import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../../ui/PasswordField';
import { useForm } from '@mantine/form';
import { acceptInvitationInputSchema, passwordSchema, type InvitationPreview } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { useAcceptInvitation } from '../api/accept-invitation';

interface Values {
  name: string;
  password: string;
}

const existingAccount = schemaValidator<Values>(acceptInvitationInputSchema.pick({ password: true }));
const newAccount = schemaValidator<Values>(acceptInvitationInputSchema.required({ name: true }).extend({ password: passwordSchema }));

/** Sign in (existing account) or sign up (new account) to join the inviting workspace. */
export function AcceptInvitationForm({ id, preview }: { id: string; preview: InvitationPreview }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const accept = useAcceptInvitation(id);
  const form = useForm<Values>({
    initialValues: { name: '', password: '' },
    validate: preview.hasAccount ? existingAccount : newAccount,
  });

  const submit = form.onSubmit((values) =>
    accept.mutate(preview.hasAccount ? { password: values.password } : values, {
      onSuccess: () => void navigate({ to: '/contacts' }),
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('fields.email')} value={preview.email} readOnly disabled />
        {preview.hasAccount ? null : (
          <TextInput label={t('fields.yourName')} autoComplete="name" required autoFocus {...form.getInputProps('name')} />
        )}
        <PasswordField
          label={t('fields.password')}
          description={preview.hasAccount ? t('invite.existingHint') : t('fields.passwordHint')}
          autoComplete={preview.hasAccount ? 'current-password' : 'new-password'}
          required
          autoFocus={preview.hasAccount}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={accept.isPending} mt="xs">
          {preview.hasAccount ? t('invite.submitExisting') : t('invite.submitNew')}
        </Button>
      </Stack>
    </form>
  );
}

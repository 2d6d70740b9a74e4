import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createInvitationInputSchema, type CreateInvitationInput, type Invitation } from '@rapport/contracts';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { useCreateInvitation } from '../api/create-invitation';

const invitableRoles = ['admin', 'manager', 'member', 'viewer'] as const;

/** Email and role of a new invitation; reports the created invitation to the parent. */
export function InviteForm({ onCreated }: { onCreated: (invitation: Invitation) => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const create = useCreateInvitation();
  const form = useForm<CreateInvitationInput>({
    initialValues: { email: '', role: 'member' },
    validate: schemaValidator(createInvitationInputSchema),
  });
  const roleOptions = invitableRoles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));

  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (invitation) => {
        form.reset();
        onCreated(invitation);
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('invitations.email')}
          type="email"
          placeholder="name@example.com"
          style={{ flex: '1 1 240px' }}
          {...form.getInputProps('email')}
        />
        <Select label={t('invitations.role')} data={roleOptions} allowDeselect={false} w={180} {...form.getInputProps('role')} />
        <Button type="submit" leftSection={<IconSend size={16} />} loading={create.isPending} mt={25}>
          {t('invitations.send')}
        </Button>
      </Group>
    </form>
  );
}

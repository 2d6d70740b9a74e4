import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createWorkspaceInputSchema, type CreateWorkspaceInput } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { notifySuccess } from '../../../lib/notify';
import { useCreateWorkspace } from '../api/create-workspace';

export function CreateWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const form = useForm<CreateWorkspaceInput>({
    initialValues: { name: '' },
    validate: schemaValidator(createWorkspaceInputSchema),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (workspace) => {
        close();
        notifySuccess(t('workspace.created', { name: workspace.name }));
        void navigate({ to: '/contacts' });
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('workspace.createTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('workspace.name')} data-autofocus {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('workspace.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

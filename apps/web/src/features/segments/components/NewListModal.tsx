import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCreateSegment } from '../api/create-segment';

/** Names a new static list, then opens it to add members. */
export function NewListModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('segments');
  const navigate = useNavigate();
  const create = useCreateSegment();
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: { name: (v) => (v.trim() ? null : t('form.nameRequired')) },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), ...(values.description.trim() ? { description: values.description.trim() } : {}), kind: 'static' },
      {
        onSuccess: (list) => {
          form.reset();
          onClose();
          void navigate({ to: '/segments/$segmentId', params: { segmentId: list.id }, search: { tab: 'definition' } });
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('newList.title')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('form.name')} required data-autofocus {...form.getInputProps('name')} />
          <Textarea label={t('form.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('newList.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

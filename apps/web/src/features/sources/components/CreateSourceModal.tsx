import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createSourceInputSchema, sourceKinds, type Source } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { useCreateSource } from '../api/create-source';

type Kind = Source['kind'];

interface Values {
  name: string;
  kind: Kind;
}

const validate = schemaValidator<Values>(createSourceInputSchema);

/** Add a source: a name and where its events come from. The server makes the write key. */
export function CreateSourceModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (source: Source) => void }) {
  const { t } = useTranslation(['events', 'common']);
  const create = useCreateSource();
  const form = useForm<Values>({ initialValues: { name: '', kind: 'web' }, validate });

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (source) => {
        close();
        onCreated(source);
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('sources.createTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('sources.name')} placeholder={t('sources.namePlaceholder')} data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('sources.kind')}
            allowDeselect={false}
            data={sourceKinds.map((kind) => ({ value: kind, label: t(`sources.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('sources.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { apiKeyScopes, createApiKeyInputSchema, type ApiKeyScope, type CreatedApiKey } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { useCreateApiKey } from '../api/create-api-key';

interface Values {
  name: string;
  scopes: ApiKeyScope[];
}

const validate = schemaValidator<Values>(createApiKeyInputSchema);

export function CreateApiKeyModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (key: CreatedApiKey) => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const create = useCreateApiKey();
  const form = useForm<Values>({ initialValues: { name: '', scopes: ['read'] }, validate });

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (key) => {
        close();
        onCreated(key);
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('apiKeys.createTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('apiKeys.name')} placeholder={t('apiKeys.namePlaceholder')} data-autofocus {...form.getInputProps('name')} />
          <Checkbox.Group label={t('apiKeys.scopes')} {...form.getInputProps('scopes')}>
            <Stack gap="xs" mt="xs">
              {apiKeyScopes.map((scope) => (
                <Checkbox key={scope} value={scope} label={t(`apiKeys.scope.${scope}`)} description={t(`apiKeys.scopeHint.${scope}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('apiKeys.create')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('apiKeys.createHint')}
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}

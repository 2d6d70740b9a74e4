import { Button, Group, Input, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { couponPoolInputSchema } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { notifySuccess } from '../../../lib/notify';
import { useCreateCouponPool } from '../api/create-pool';
import { emptyPoolForm, formPath, poolInput, sampleCode, type PoolForm } from '../model/pool-form';
import { PoolTermsFields } from './PoolTermsFields';

/** A new pool: generated codes with a prefix, or codes to upload; what each is worth and how long it lasts. */
export function NewPoolModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['coupons', 'common']);
  const create = useCreateCouponPool();
  const check = schemaValidator(couponPoolInputSchema, { value: () => t('form.percentMax') });
  const form = useForm<PoolForm>({
    initialValues: emptyPoolForm,
    validate: (values) => {
      const errors = Object.fromEntries(Object.entries(check(poolInput(values))).map(([path, message]) => [formPath(path), message]));
      if (values.kind === 'generated' && !values.prefix.trim()) errors.prefix = t('form.prefixRequired');
      return errors;
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(poolInput(values), {
      onSuccess: (pool) => {
        notifySuccess(t('form.created', { name: pool.name }));
        close();
      },
      onError: (error) => {
        if (!applyServerErrors({ setErrors: (errors) => form.setErrors(Object.fromEntries(Object.entries(errors).map(([p, m]) => [formPath(p), m]))) }, error)) {
          form.setErrors({ name: error.message });
        }
      },
    }),
  );
  const v = form.values;

  return (
    <Modal opened={opened} onClose={close} title={t('form.title')} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="pool-form">
        <Stack gap="md">
          <TextInput label={t('form.name')} required {...form.getInputProps('name')} data-testid="pool-form-name" />
          <Input.Wrapper label={t('form.kind')}>
            <SegmentedControl
              value={v.kind}
              onChange={(kind) => form.setFieldValue('kind', kind as PoolForm['kind'])}
              data={[
                { value: 'generated', label: t('kinds.generated') },
                { value: 'uploaded', label: t('kinds.uploaded') },
              ]}
              data-testid="pool-form-kind"
            />
            <Text size="xs" c="dimmed">
              {t(`form.kindHint.${v.kind}`)}
            </Text>
          </Input.Wrapper>
          {v.kind === 'generated' ? (
            <TextInput
              label={t('form.prefix')}
              description={t('form.prefixHint', { example: sampleCode(v.prefix) })}
              required
              maxLength={20}
              {...form.getInputProps('prefix')}
              data-testid="pool-form-prefix"
            />
          ) : null}
          <PoolTermsFields form={form} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="pool-form-save">
              {t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

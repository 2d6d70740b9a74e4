import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { couponPoolPatchSchema, type CouponPool } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, schemaValidator } from '../../../lib/form-validation';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { useUpdateCouponPool } from '../api/update-pool';
import { formPath, poolForm, poolPatch, type PoolForm } from '../model/pool-form';
import { PoolTermsFields } from './PoolTermsFields';

const onForm = (errors: FormErrors): FormErrors => Object.fromEntries(Object.entries(errors).map(([path, message]) => [formPath(path), message]));

/**
 * A pool's name, worth and expiry. Its kind and prefix stay: the codes already made carry them.
 * Mounted only while open, so it starts from the pool as it is now.
 */
export function EditPoolModal({ pool, onClose }: { pool: CouponPool; onClose: () => void }) {
  const { t } = useTranslation(['coupons', 'common']);
  const update = useUpdateCouponPool(pool.id);
  const check = schemaValidator(couponPoolPatchSchema, { value: () => t('form.percentMax') });
  const form = useForm<PoolForm>({ initialValues: poolForm(pool), validate: (values) => onForm(check(poolPatch(values, pool))) });
  const submit = form.onSubmit((values) =>
    update.mutate(poolPatch(values, pool), {
      onSuccess: (saved) => {
        notifySuccess(t('edit.saved', { name: saved.name }));
        onClose();
      },
      onError: (error) => {
        if (!applyServerErrors({ setErrors: (errors) => form.setErrors(onForm(errors)) }, error)) form.setErrors({ name: errorMessage(error) });
      },
    }),
  );

  return (
    <Modal opened onClose={onClose} title={t('edit.title')} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="pool-edit-form">
        <Stack gap="md">
          <TextInput label={t('form.name')} required {...form.getInputProps('name')} data-testid="pool-form-name" />
          <Text size="xs" c="dimmed">
            {pool.prefix ? t('edit.fixedPrefix', { kind: t(`kinds.${pool.kind}`), prefix: pool.prefix }) : t('edit.fixed', { kind: t(`kinds.${pool.kind}`) })}
          </Text>
          <PoolTermsFields form={form} />
          <Text size="xs" c="dimmed">
            {t('edit.issuedKeep')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="pool-edit-save">
              {t('edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

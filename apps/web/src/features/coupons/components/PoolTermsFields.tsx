import { Group, Input, NumberInput, SegmentedControl, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PoolForm } from '../model/pool-form';

/** What a pool's codes are worth and how long they last: the part of the form a new pool and an edit share. */
export function PoolTermsFields({ form }: { form: UseFormReturnType<PoolForm> }) {
  const { t } = useTranslation('coupons');
  const v = form.values;
  return (
    <>
      <Group align="flex-start" grow>
        <Input.Wrapper label={t('form.valueType')}>
          <SegmentedControl
            value={v.valueType}
            onChange={(valueType) => form.setFieldValue('valueType', valueType as PoolForm['valueType'])}
            data={[
              { value: 'percent', label: t('form.percent') },
              { value: 'amount', label: t('form.amount') },
            ]}
          />
        </Input.Wrapper>
        <NumberInput label={t('form.value')} required min={0} max={v.valueType === 'percent' ? 100 : 1_000_000} suffix={v.valueType === 'percent' ? '%' : undefined} {...form.getInputProps('value')} data-testid="pool-form-value" />
      </Group>
      <Input.Wrapper label={t('form.expiry')}>
        <SegmentedControl
          value={v.expiry}
          onChange={(expiry) => form.setFieldValue('expiry', expiry as PoolForm['expiry'])}
          data={[
            { value: 'days', label: t('form.expiryDays') },
            { value: 'date', label: t('form.expiryDate') },
            { value: 'none', label: t('form.expiryNone') },
          ]}
          data-testid="pool-form-expiry"
        />
      </Input.Wrapper>
      {v.expiry === 'days' ? <NumberInput label={t('form.validDays')} min={1} max={3650} {...form.getInputProps('validDays')} data-testid="pool-form-days" /> : null}
      {v.expiry === 'date' ? <TextInput type="date" label={t('form.expiresOn')} description={t('form.expiresOnHint')} {...form.getInputProps('expiresOn')} data-testid="pool-form-date" /> : null}
    </>
  );
}

import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCouponPools } from '../../../api/coupon-pools';

interface Props {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  optional?: boolean;
  error?: string | undefined;
  disabled?: boolean;
}

/** A coupon pool by name; where the server lists no pools, its id as text. */
export function CouponPoolInput({ label, value, onChange, optional, error, disabled }: Props) {
  const { t } = useTranslation('journeys');
  const pools = useCouponPools();
  const description = t('action.couponPoolHint');
  if (pools.data === null || pools.isError) {
    return (
      <TextInput
        label={t('action.couponPoolId')}
        description={description}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value.trim() || undefined)}
        error={error}
        disabled={disabled}
        data-testid="action-coupon-pool"
      />
    );
  }
  const data = (pools.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (value && pools.data && !data.some((d) => d.value === value)) data.unshift({ value, label: value });
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      clearable={optional}
      allowDeselect={optional}
      searchable
      error={error}
      disabled={disabled || pools.isPending}
      data-testid="action-coupon-pool"
    />
  );
}

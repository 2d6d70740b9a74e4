import { Group, MultiSelect, Select, TagsInput } from '@mantine/core';
import { orderChannels, orderMetrics } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CompareInput } from '../inputs/CompareInput';
import { WindowInput } from '../inputs/WindowInput';
import type { ConditionProps } from './EventConditions';

/** Order count, revenue or average order value in a window, or days since the last order. */
export function OrdersCondition({ condition, onChange }: ConditionProps<'orders'>) {
  const { t } = useTranslation('segments');
  const sinceLast = condition.metric === 'days_since_last';
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <Select
        size="xs"
        w={190}
        aria-label={t('orders.metric')}
        data={orderMetrics.map((m) => ({ value: m, label: t(`orders.metrics.${m}`) }))}
        value={condition.metric}
        onChange={(m) => m && onChange({ ...condition, metric: m as typeof condition.metric })}
        allowDeselect={false}
      />
      <CompareInput value={condition} onChange={({ op, value }) => onChange({ ...condition, op, value })} unit={sinceLast ? t('units.days') : undefined} />
      {sinceLast ? null : <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />}
    </Group>
  );
}

/** Bought any of these products, categories or SKUs in a window. */
export function BoughtCondition({ condition, onChange }: ConditionProps<'bought'>) {
  const { t } = useTranslation('segments');
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <Select
        size="xs"
        w={150}
        aria-label={t('bought.by')}
        data={(['category', 'product_name', 'sku'] as const).map((b) => ({ value: b, label: t(`bought.${b}`) }))}
        value={condition.by}
        onChange={(by) => by && onChange({ ...condition, by: by as typeof condition.by })}
        allowDeselect={false}
      />
      <TagsInput
        size="xs"
        miw={220}
        style={{ flex: '1 1 220px' }}
        aria-label={t('bought.values')}
        placeholder={condition.values.length ? undefined : t('bought.placeholder')}
        value={condition.values}
        onChange={(values) => onChange({ ...condition, values })}
        splitChars={[',']}
        maxTags={500}
      />
      <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
    </Group>
  );
}

/** Used a coupon in a window: any coupon, or one of these codes. */
export function CouponCondition({ condition, onChange }: ConditionProps<'coupon'>) {
  const { t } = useTranslation('segments');
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <TagsInput
        size="xs"
        miw={220}
        style={{ flex: '1 1 220px' }}
        aria-label={t('coupon.codes')}
        placeholder={condition.codes.length ? undefined : t('coupon.any')}
        value={condition.codes}
        onChange={(codes) => onChange({ ...condition, codes })}
        splitChars={[',', ' ']}
        maxTags={500}
      />
      <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
    </Group>
  );
}

/** Ordered through these channels (and, in stores, these stores) in a window. */
export function OrderChannelCondition({ condition, onChange }: ConditionProps<'order_channel'>) {
  const { t } = useTranslation(['segments', 'common']);
  const inStores = condition.channels.includes('store');
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <MultiSelect
        size="xs"
        miw={200}
        aria-label={t('orderChannel.channels')}
        data={orderChannels.map((c) => ({ value: c, label: t(`common:orderChannels.${c}`) }))}
        value={condition.channels}
        onChange={(channels) => {
          const next = channels as typeof condition.channels;
          const { storeIds, ...rest } = condition;
          onChange(next.includes('store') && storeIds ? { ...rest, channels: next, storeIds } : { ...rest, channels: next });
        }}
      />
      {inStores ? (
        <TagsInput
          size="xs"
          miw={200}
          aria-label={t('orderChannel.stores')}
          placeholder={condition.storeIds?.length ? undefined : t('orderChannel.anyStore')}
          value={condition.storeIds ?? []}
          onChange={(ids) => {
            const { storeIds: _old, ...rest } = condition;
            onChange(ids.length ? { ...rest, storeIds: ids } : rest);
          }}
          splitChars={[',']}
        />
      ) : null}
      <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
    </Group>
  );
}

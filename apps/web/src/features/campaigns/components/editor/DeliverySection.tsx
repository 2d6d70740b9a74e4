import { Group, Paper, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../../lib/pagination';
import { useCouponPool, useCouponPools } from '../../../coupons';
import { poolLabel } from '../../model/pool-label';
import type { ScheduleKind } from '../../model/draft';
import { Field, fieldProps, SectionTitle, type SectionProps } from './fields';

/** When it goes out (now, at a moment, at an hour of each contact's day), with a coupon for each recipient and its purpose. */
export function DeliverySection({ draft, change, errorAt, readOnly }: SectionProps) {
  const { t } = useTranslation('campaigns');
  const pools = useCouponPools();
  const poolOptions = flattenPages(pools.data).map((p) => ({ value: p.id, label: p.name }));
  const listed = !draft.couponPoolId || !pools.isSuccess || poolOptions.some((o) => o.value === draft.couponPoolId);
  // A pool missing from the list in use was archived (or deleted): name it so.
  const chosen = useCouponPool(listed ? null : draft.couponPoolId);
  if (!listed && (chosen.isSuccess || chosen.isError)) poolOptions.push({ value: draft.couponPoolId!, label: poolLabel(chosen.data, chosen.isError, t) });

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SectionTitle title={t('editor.delivery')} />
        <Field path="schedule" label={t('editor.when')} error={errorAt('schedule')} hint={t(`editor.scheduleHint.${draft.scheduleKind}`)}>
          <SegmentedControl
            value={draft.scheduleKind}
            onChange={(v) => change({ scheduleKind: v as ScheduleKind })}
            data={(['now', 'at', 'local'] as const).map((k) => ({ value: k, label: t(`editor.scheduleKinds.${k}`) }))}
            disabled={readOnly}
            data-testid="schedule-kind"
          />
        </Field>
        {draft.scheduleKind === 'at' ? (
          <TextInput type="datetime-local" label={t('editor.at')} value={draft.at} onChange={(e) => change({ at: e.currentTarget.value })} readOnly={readOnly} maw={280} {...fieldProps(errorAt, 'schedule.at')} data-testid="schedule-at" />
        ) : null}
        {draft.scheduleKind === 'local' ? (
          <Group align="flex-start">
            <TextInput type="date" label={t('editor.date')} value={draft.date} onChange={(e) => change({ date: e.currentTarget.value })} readOnly={readOnly} w={200} {...fieldProps(errorAt, 'schedule.date')} data-testid="schedule-date" />
            <TextInput type="time" label={t('editor.time')} value={draft.time} onChange={(e) => change({ time: e.currentTarget.value.slice(0, 5) })} readOnly={readOnly} w={140} {...fieldProps(errorAt, 'schedule.time')} data-testid="schedule-time" />
          </Group>
        ) : null}
        <Select
          label={t('editor.couponPool')}
          description={t('editor.couponPoolHint', { code: '{{ coupon.code }}' })}
          placeholder={t('editor.noCoupon')}
          leftSection={<IconTicket size={16} />}
          data={poolOptions}
          value={draft.couponPoolId}
          onChange={(couponPoolId) => change({ couponPoolId })}
          clearable
          searchable
          readOnly={readOnly}
          maw={420}
          {...fieldProps(errorAt, 'couponPoolId')}
          data-testid="coupon-pool"
        />
        <Field path="purpose" label={t('editor.purpose')} error={errorAt('purpose')} hint={t(`editor.purposeHint.${draft.purpose}`)}>
          <SegmentedControl
            value={draft.purpose}
            onChange={(v) => change({ purpose: v as 'marketing' | 'transactional' })}
            data={(['marketing', 'transactional'] as const).map((k) => ({ value: k, label: t(`purposes.${k}`) }))}
            disabled={readOnly}
            data-testid="campaign-purpose"
          />
        </Field>
      </Stack>
    </Paper>
  );
}

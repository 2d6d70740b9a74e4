import { NumberInput, Select, Stack, TextInput } from '@mantine/core';
import type { JourneyAction } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../model/errors';
import { actionKinds, newAction, type ActionKind } from '../../../model/steps';
import { CouponPoolInput } from '../inputs/CouponPoolInput';
import { TemplateSelect } from '../inputs/TemplateSelect';
import type { FieldsProps } from './types';

/** What an action does, with the fields of its kind. */
export function ActionFields({ step, onChange, problems, readOnly }: FieldsProps<'action'>) {
  const { t } = useTranslation('journeys');
  const a = step.action;
  const set = (action: JourneyAction) => onChange({ ...step, action });
  const err = (f: string) => fieldError(problems, `action.${f}`);
  return (
    <Stack gap="sm">
      <Select
        label={t('action.kind')}
        data={actionKinds.map((k) => ({ value: k, label: t(`action.kinds.${k}`) }))}
        value={a.kind}
        onChange={(kind) => kind && kind !== a.kind && set(newAction(kind as ActionKind))}
        allowDeselect={false}
        disabled={readOnly}
        data-testid="action-kind"
      />
      <KindFields action={a} set={set} err={err} readOnly={readOnly} />
    </Stack>
  );
}

interface KindProps {
  action: JourneyAction;
  set: (action: JourneyAction) => void;
  err: (field: string) => string | undefined;
  readOnly: boolean;
}

function KindFields({ action: a, set, err, readOnly }: KindProps) {
  const { t } = useTranslation('journeys');
  switch (a.kind) {
    case 'send':
      return (
        <>
          <TemplateSelect channels={['email', 'sms', 'line']} value={a.templateId} onChange={(templateId) => set({ ...a, templateId })} error={err('templateId')} disabled={readOnly} />
          <Select
            label={t('action.purpose')}
            data={(['marketing', 'transactional'] as const).map((p) => ({ value: p, label: t(`action.purposes.${p}`) }))}
            value={a.purpose}
            onChange={(p) => p && set({ ...a, purpose: p as typeof a.purpose })}
            allowDeselect={false}
            disabled={readOnly}
          />
          <CouponPoolInput
            label={t('action.couponPoolOptional')}
            optional
            value={a.couponPoolId}
            onChange={(couponPoolId) => {
              const { couponPoolId: _old, ...rest } = a;
              set(couponPoolId ? { ...rest, couponPoolId } : rest);
            }}
            error={err('couponPoolId')}
            disabled={readOnly}
          />
        </>
      );
    case 'webhook':
      return <TemplateSelect channels={['webhook']} value={a.templateId} onChange={(templateId) => set({ ...a, templateId })} error={err('templateId')} disabled={readOnly} />;
    case 'add_tag':
    case 'remove_tag':
      return <TextInput label={t('action.tag')} value={a.tag} onChange={(e) => set({ ...a, tag: e.currentTarget.value })} error={err('tag')} disabled={readOnly} data-testid="action-tag" />;
    case 'update_field':
      return (
        <>
          <TextInput label={t('action.field')} description={t('action.fieldHint')} value={a.field} onChange={(e) => set({ ...a, field: e.currentTarget.value })} error={err('field')} disabled={readOnly} />
          <TextInput label={t('action.value')} value={a.value === null ? '' : String(a.value)} onChange={(e) => set({ ...a, value: e.currentTarget.value })} error={err('value')} disabled={readOnly} />
        </>
      );
    case 'create_task':
      return (
        <>
          <TextInput label={t('action.title')} value={a.title} onChange={(e) => set({ ...a, title: e.currentTarget.value })} error={err('title')} disabled={readOnly} />
          <NumberInput label={t('action.dueInDays')} min={0} max={365} value={a.dueInDays} onChange={(v) => typeof v === 'number' && set({ ...a, dueInDays: v })} error={err('dueInDays')} disabled={readOnly} />
          <Select
            label={t('action.queue')}
            data={(['sales', 'service'] as const).map((q) => ({ value: q, label: t(`action.queues.${q}`) }))}
            value={a.queue}
            onChange={(q) => q && set({ ...a, queue: q as typeof a.queue })}
            allowDeselect={false}
            disabled={readOnly}
          />
          <Select
            label={t('action.assignTo')}
            data={[
              { value: 'owner', label: t('action.owner') },
              { value: 'member', label: t('action.member') },
            ]}
            value={a.assignTo === 'owner' ? 'owner' : 'member'}
            onChange={(v) => v && set({ ...a, assignTo: v === 'owner' ? 'owner' : '' })}
            allowDeselect={false}
            disabled={readOnly}
          />
          {a.assignTo !== 'owner' ? <TextInput aria-label={t('action.member')} value={a.assignTo} onChange={(e) => set({ ...a, assignTo: e.currentTarget.value })} error={err('assignTo')} disabled={readOnly} /> : null}
        </>
      );
    case 'issue_coupon':
      return <CouponPoolInput label={t('action.couponPool')} value={a.couponPoolId || undefined} onChange={(couponPoolId) => set({ ...a, couponPoolId: couponPoolId ?? '' })} error={err('couponPoolId')} disabled={readOnly} />;
  }
}

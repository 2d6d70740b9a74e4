import { Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { messageActions, messageChannels } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../builder-context';
import { CountInput } from '../inputs/CountInput';
import { WindowInput } from '../inputs/WindowInput';
import type { ConditionProps } from './EventConditions';

/** Received, opened, clicked, unsubscribed from or bounced a message, on a channel, of a campaign. */
export function MessageCondition({ condition, onChange }: ConditionProps<'message'>) {
  const { t } = useTranslation('segments');
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <Select
        size="xs"
        w={140}
        aria-label={t('message.action')}
        data={messageActions.map((a) => ({ value: a, label: t(`message.actions.${a}`) }))}
        value={condition.action}
        onChange={(a) => a && onChange({ ...condition, action: a as typeof condition.action })}
        allowDeselect={false}
      />
      <Select
        size="xs"
        w={150}
        aria-label={t('message.channel')}
        placeholder={t('message.anyChannel')}
        data={messageChannels.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        value={condition.channel ?? null}
        onChange={(c) => {
          const { channel: _old, ...rest } = condition;
          onChange(c ? { ...rest, channel: c as NonNullable<typeof condition.channel> } : rest);
        }}
        clearable
      />
      <TextInput
        size="xs"
        w={170}
        aria-label={t('message.campaign')}
        placeholder={t('message.campaign')}
        value={condition.campaignId ?? ''}
        onChange={(e) => {
          const { campaignId: _old, ...rest } = condition;
          const id = e.currentTarget.value.trim();
          onChange(id ? { ...rest, campaignId: id } : rest);
        }}
      />
      <CountInput value={condition.count} onChange={(count) => onChange({ ...condition, count })} />
      <WindowInput value={condition.window} onChange={(window) => onChange({ ...condition, window })} />
    </Group>
  );
}

/** Member, or not, of another segment or list. */
export function MembershipCondition({ condition, onChange }: ConditionProps<'segment'>) {
  const { t } = useTranslation('segments');
  const { catalog, selfId } = useBuilder();
  const others = catalog.segments.filter((s) => s.id !== selfId);
  return (
    <Group gap={6} wrap="wrap">
      <Select
        size="xs"
        w={170}
        aria-label={t('membership.label')}
        data={[
          { value: 'in', label: t('membership.in') },
          { value: 'out', label: t('membership.out') },
        ]}
        value={condition.member ? 'in' : 'out'}
        onChange={(v) => onChange({ ...condition, member: v !== 'out' })}
        allowDeselect={false}
      />
      <Select
        size="xs"
        w={240}
        aria-label={t('membership.segment')}
        placeholder={others.length ? t('membership.pick') : t('membership.none')}
        data={others.map((s) => ({ value: s.id, label: s.kind === 'static' ? t('membership.listName', { name: s.name }) : s.name }))}
        value={condition.segmentId || null}
        onChange={(id) => id && onChange({ ...condition, segmentId: id })}
        searchable
        allowDeselect={false}
      />
    </Group>
  );
}

/** A stable random bucket range: buckets 0–9 are a steady 10% holdout; another salt reshuffles. */
export function RandomCondition({ condition, onChange }: ConditionProps<'random'>) {
  const { t } = useTranslation('segments');
  const share = Math.max(0, condition.to - condition.from + 1);
  return (
    <Group gap={6} wrap="wrap">
      <Text size="xs" c="dimmed">
        {t('random.buckets')}
      </Text>
      <NumberInput size="xs" w={80} aria-label={t('random.from')} min={0} max={99} allowDecimal={false} value={condition.from} onChange={(v) => typeof v === 'number' && onChange({ ...condition, from: v })} />
      <Text size="xs" c="dimmed">
        –
      </Text>
      <NumberInput size="xs" w={80} aria-label={t('random.to')} min={0} max={99} allowDecimal={false} value={condition.to} onChange={(v) => typeof v === 'number' && onChange({ ...condition, to: v })} />
      <TextInput size="xs" w={160} aria-label={t('random.salt')} placeholder={t('random.salt')} value={condition.salt} onChange={(e) => onChange({ ...condition, salt: e.currentTarget.value })} />
      <Text size="xs" c="dimmed">
        {t('random.share', { percent: share })}
      </Text>
    </Group>
  );
}

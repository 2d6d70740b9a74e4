import { Group, Paper, Stack, Text } from '@mantine/core';
import type { SegmentCondition } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { ConditionMenu, type ConditionMenuActions } from '../../../views';
import { useBuilder } from './builder-context';
import { conditionIcons } from './condition-icons';
import { BoughtCondition, CouponCondition, OrderChannelCondition, OrdersCondition } from './conditions/CommerceConditions';
import { EventCondition, EventTimeCondition } from './conditions/EventConditions';
import { AggregateCondition, SequenceCondition } from './conditions/EventPatternConditions';
import { ModelCondition, ProfileCondition } from './conditions/FieldConditions';
import { MembershipCondition, MessageCondition, RandomCondition } from './conditions/OtherConditions';

interface Props extends ConditionMenuActions {
  condition: SegmentCondition;
  /** The builder path, as a key of the error map. */
  path: string;
  onChange: (condition: SegmentCondition) => void;
}

function Body({ condition: c, onChange, error }: { condition: SegmentCondition; onChange: (c: SegmentCondition) => void; error: string | undefined }) {
  switch (c.type) {
    case 'condition':
      return <ProfileCondition condition={c} onChange={onChange} error={error} />;
    case 'model':
      return <ModelCondition condition={c} onChange={onChange} error={error} />;
    case 'event':
      return <EventCondition condition={c} onChange={onChange} />;
    case 'event_time':
      return <EventTimeCondition condition={c} onChange={onChange} />;
    case 'event_sequence':
      return <SequenceCondition condition={c} onChange={onChange} />;
    case 'event_aggregate':
      return <AggregateCondition condition={c} onChange={onChange} />;
    case 'orders':
      return <OrdersCondition condition={c} onChange={onChange} />;
    case 'bought':
      return <BoughtCondition condition={c} onChange={onChange} />;
    case 'coupon':
      return <CouponCondition condition={c} onChange={onChange} />;
    case 'order_channel':
      return <OrderChannelCondition condition={c} onChange={onChange} />;
    case 'message':
      return <MessageCondition condition={c} onChange={onChange} />;
    case 'segment':
      return <MembershipCondition condition={c} onChange={onChange} />;
    case 'random':
      return <RandomCondition condition={c} onChange={onChange} />;
  }
}

/** One condition in a bordered box: what kind it is, its editor, its menu, and the server's complaint if any. */
export function ConditionEditor({ condition, path, onChange, ...actions }: Props) {
  const { t } = useTranslation('segments');
  const { errors } = useBuilder();
  const error = errors.get(path);
  const kind = condition.type === 'event' && condition.count.op === 'eq' && condition.count.value === 0 ? 'did_not_perform' : condition.type;
  const Icon = conditionIcons[kind];
  // Profile and model conditions show the message at their value input, as the list filter does.
  const inline = condition.type === 'condition' || condition.type === 'model';
  return (
    <Paper
      withBorder
      radius="sm"
      px="xs"
      py={6}
      style={{ flex: 1, minWidth: 0, borderColor: error ? 'var(--mantine-color-red-5)' : undefined }}
      data-testid="segment-condition"
      data-path={path}
      data-type={condition.type}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            <Icon size={14} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed" fw={600}>
              {t(`types.${kind}`)}
            </Text>
          </Group>
          <ConditionMenu {...actions} />
        </Group>
        <Body condition={condition} onChange={onChange} error={inline ? error : undefined} />
        {error && !inline ? (
          <Text size="xs" c="red" data-testid="condition-error">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

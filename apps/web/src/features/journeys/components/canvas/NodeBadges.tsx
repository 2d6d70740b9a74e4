import { Badge, Group, List, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Placed } from '../../model/errors';
import type { StepStats } from '../../model/stats';

const messages = (list: Placed[]) => (
  <List size="xs" spacing={2} maw={280}>
    {list.map((p, i) => (
      <List.Item key={i}>{p.message}</List.Item>
    ))}
  </List>
);

/** A red badge for the complaints of the last save, an orange one for what the checks found. */
export function ProblemBadges({ errors, warnings }: { errors: Placed[] | undefined; warnings: Placed[] | undefined }) {
  return (
    <Group gap={4} wrap="nowrap">
      {errors?.length ? (
        <Tooltip label={messages(errors)} multiline withArrow>
          <Badge size="sm" color="red" variant="filled" leftSection={<IconAlertCircle size={12} />} data-testid="node-error" data-count={errors.length}>
            {errors.length}
          </Badge>
        </Tooltip>
      ) : null}
      {warnings?.length ? (
        <Tooltip label={messages(warnings)} multiline withArrow>
          <Badge size="sm" color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />} data-testid="node-warning" data-count={warnings.length}>
            {warnings.length}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** A step's figures: entered, waiting, completed, converted. */
export function StatsBadges({ stats }: { stats: StepStats | undefined }) {
  const { t, i18n } = useTranslation('journeys');
  const n = new Intl.NumberFormat(i18n.language);
  const s = stats ?? { entered: 0, waiting: 0, completed: 0, converted: 0 };
  const items = [
    ['entered', s.entered, 'blue'],
    ['waiting', s.waiting, 'yellow'],
    ['completed', s.completed, 'gray'],
    ['converted', s.converted, 'teal'],
  ] as const;
  return (
    <Group gap={4} wrap="wrap" data-testid="node-stats" data-entered={s.entered} data-waiting={s.waiting} data-completed={s.completed} data-converted={s.converted}>
      {items.map(([key, value, color]) => (
        <Tooltip key={key} label={t(`stats.${key}`)} withArrow>
          <Badge size="xs" variant="light" color={color} tt="none">
            {t(`stats.${key}`)} {n.format(value)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

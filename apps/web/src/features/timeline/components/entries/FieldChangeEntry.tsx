import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../../../lib/format';
import { isEmptyValue, type Change } from '../../entry-data';
import type { DescribeField } from './describe';

const SHOWN = 5;

/** "Email: a@x → b@y", one line per changed field, labels and values as the host page describes them. */
export function FieldChanges({ changes, describe }: { changes: Change[]; describe: DescribeField }) {
  const { t } = useTranslation('timeline');
  const [all, setAll] = useState(false);
  const visible = changes.filter((c) => !describe(c.field).hidden);
  const shown = all ? visible : visible.slice(0, SHOWN);
  const text = (field: string, value: unknown) => {
    if (isEmptyValue(value)) return '∅';
    const d = describe(field);
    return d.render?.(value) ?? d.format?.(value) ?? formatValue(value);
  };

  return (
    <Stack gap={2}>
      {shown.map(({ field, before, after }) => (
        <Group key={field} gap={6} wrap="nowrap" align="baseline">
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {describe(field).label}:
          </Text>
          {isEmptyValue(before) ? null : (
            <>
              <Text size="sm" c="dimmed" td="line-through" lineClamp={2}>
                {text(field, before)}
              </Text>
              <IconArrowRight size={12} style={{ flexShrink: 0 }} aria-label={t('fieldChange.to')} />
            </>
          )}
          <Text size="sm" lineClamp={2} c={isEmptyValue(after) ? 'dimmed' : undefined}>
            {isEmptyValue(after) ? t('fieldChange.cleared') : text(field, after)}
          </Text>
        </Group>
      ))}
      {visible.length > SHOWN ? (
        <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setAll(!all)}>
          {all ? t('fieldChange.showLess') : t('fieldChange.showAll', { count: visible.length })}
        </Button>
      ) : null}
    </Stack>
  );
}

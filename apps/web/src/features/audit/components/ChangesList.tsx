import { Group, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '@rapport/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { formatValue } from '../../../lib/format';

/** "field: before → after", one line per changed field. */
export function ChangesList({ changes }: { changes: AuditEntry['changes'] }) {
  // A field whose both sides render the same (e.g. no tags → no tags) tells the reader nothing.
  const fields = Object.entries(changes).filter(([, c]) => formatValue(c.before) !== formatValue(c.after));
  if (fields.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {fields.map(([field, { before, after }]) => (
        <Group key={field} gap={6} wrap="nowrap" align="baseline">
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {field}:
          </Text>
          <Text size="sm" c="dimmed" td={before === null || before === undefined ? undefined : 'line-through'} lineClamp={2}>
            {formatValue(before)}
          </Text>
          <IconArrowRight size={12} style={{ flexShrink: 0 }} />
          <Text size="sm" lineClamp={2}>
            {formatValue(after)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

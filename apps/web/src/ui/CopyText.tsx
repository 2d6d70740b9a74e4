import { Code, Group } from '@mantine/core';
import { CopyAction } from './CopyAction';

/** A short value (a key, an id) in monospace with a small copy button beside it. */
export function CopyText({ value }: { value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ whiteSpace: 'nowrap' }}>{value}</Code>
      <CopyAction value={value} size="sm" iconSize={14} />
    </Group>
  );
}

import { TextInput } from '@mantine/core';
import { CopyAction } from './CopyAction';

/** A read-only value with a copy button, for links and secrets. */
export function CopyField({ label, value, description }: { label: string; value: string; description?: string }) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      readOnly
      onFocus={(e) => e.currentTarget.select()}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      rightSection={<CopyAction value={value} />}
    />
  );
}

import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailRow {
  label: string;
  /** Text, or any node; null, "" and [] show a dash. */
  value: ReactNode;
}

const isEmpty = (v: ReactNode) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Label–value rows of a record, for its details card. */
export function RecordDetails({ rows }: { rows: DetailRow[] }) {
  return (
    <DataList orientation="vertical" gap="sm" size="sm">
      {rows.map((row) => (
        <DataList.Item key={row.label}>
          <DataList.ItemLabel>
            <Text size="xs" c="dimmed" fw={500}>
              {row.label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue>
            {isEmpty(row.value) ? (
              <Text size="sm" c="dimmed">
                —
              </Text>
            ) : typeof row.value === 'string' || typeof row.value === 'number' ? (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {row.value}
              </Text>
            ) : (
              row.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

import { Paper } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { MembersTable } from './MembersTable';

export function MembersTab({ segment }: { segment: Segment }) {
  return (
    <Paper withBorder radius="md" p="md">
      <MembersTable segmentId={segment.id} />
    </Paper>
  );
}

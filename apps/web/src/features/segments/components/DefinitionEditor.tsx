import { Grid, Skeleton } from '@mantine/core';
import type { SegmentGroup } from '@rapport/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { QueryError } from '../../../ui/QueryError';
import { useSegmentCatalog } from '../api/catalog';
import { useSegmentPreview } from '../api/preview';
import { sendableDefinition } from '../model/definition';
import { definitionErrors, noErrors, type DefinitionErrors } from '../model/errors';
import { SegmentBuilder } from './builder/SegmentBuilder';
import { PreviewPanel } from './PreviewPanel';

/** How long typing may pause before the preview asks the server. */
const previewDelayMs = 400;

interface Props {
  value: SegmentGroup;
  onChange: (definition: SegmentGroup) => void;
  /** The segment being edited, for the preview (a definition may not refer to itself). */
  segmentId?: string | undefined;
  /** Complaints from saving this very definition; they go as soon as it changes. */
  saveErrors?: DefinitionErrors | undefined;
}

/** The builder beside a live preview; the preview's and the save's complaints show at their conditions. */
export function DefinitionEditor({ value, onChange, segmentId, saveErrors = noErrors }: Props) {
  const catalog = useSegmentCatalog();
  const [debounced] = useDebouncedValue(value, previewDelayMs);
  const sendable = useMemo(() => sendableDefinition(debounced), [debounced]);
  const preview = useSegmentPreview(sendable.definition, segmentId);
  const previewErrors = useMemo(() => (preview.isError ? definitionErrors(preview.error, sendable.origin) : noErrors), [preview.isError, preview.error, sendable.origin]);
  const byNode = useMemo(() => new Map([...previewErrors.byNode, ...saveErrors.byNode]), [previewErrors, saveErrors]);

  if (catalog.isError) return <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        {catalog.data ? <SegmentBuilder value={value} onChange={onChange} catalog={catalog.data} errors={byNode} selfId={segmentId} /> : <Skeleton h={160} />}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <PreviewPanel
          preview={preview.isError ? undefined : preview.data}
          isFetching={preview.isFetching}
          problems={[...previewErrors.other, ...saveErrors.other]}
          hasConditionErrors={byNode.size > 0}
        />
      </Grid.Col>
    </Grid>
  );
}

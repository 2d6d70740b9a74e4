import type { Segment, SegmentGroup } from '@rapport/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../../lib/api';
import { freeName, sameDefinition } from '../model/segment-definitions';

export interface SegmentRequest {
  /** Tells which cell, group or state is being opened, for its spinner. */
  key: string;
  name: string;
  definition: SegmentGroup;
}

/**
 * Opens the contacts of a cell, group or state as a segment. A segment with the same definition
 * is reused, so clicking the same cell twice does not leave two copies behind; otherwise a new one
 * is created under a name no other segment holds.
 */
export function useOpenAsSegment() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: async ({ name, definition }: SegmentRequest) => {
      const { data: existing } = await api<{ data: Segment[] }>('/api/v1/segments');
      const same = existing.find((s) => s.kind === 'dynamic' && sameDefinition(s.definition, definition));
      if (same) return same;
      return api<Segment>('/api/v1/segments', { method: 'POST', body: { name: freeName(name, existing.map((s) => s.name)), definition } });
    },
    onSuccess: (segment) => {
      void queryClient.invalidateQueries({ queryKey: ['segments'] });
      return navigate({ to: '/segments/$segmentId', params: { segmentId: segment.id } });
    },
  });
  return {
    open: (request: SegmentRequest) => mutation.mutate(request),
    /** The key being opened, to show a spinner on the clicked element only. */
    pending: mutation.isPending ? (mutation.variables?.key ?? null) : null,
  };
}

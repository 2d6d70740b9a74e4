import { z } from 'zod';
import { listSegments, recomputeModelsOf } from '../modules/segments/index.js';
import { openRuntime, parseFlags, workspaceCtx, type Flags } from './runtime.js';

const segmentFlags = z.object({ workspace: z.string({ message: '--workspace is required' }).trim().min(1) });

/**
 * `rapport segments list|recompute --workspace NAME`: the segments with their sizes, or RFM, NASLD,
 * lifecycle rules and every segment computed now (what the nightly job does), with timings.
 */
export async function runSegmentsCommand(action: string | undefined, flags: Record<string, unknown>): Promise<void> {
  if (action !== 'list' && action !== 'recompute') throw new Error('Say what to do: rapport segments list|recompute --workspace NAME');
  const f = parseFlags(segmentFlags, flags as Flags);
  const rt = await openRuntime();
  try {
    const ctx = await workspaceCtx(rt, f.workspace, 'rapport segments');
    if (action === 'recompute') {
      const r = await recomputeModelsOf(ctx.db, ctx.workspaceId);
      console.log(
        `RFM: ${r.rfm.scored} buyers scored in ${r.rfm.ms} ms; NASLD: ${r.nasld.contacts} contacts, ${r.nasld.changed} changed, in ${r.nasld.ms} ms; ` +
          `lifecycle: ${r.lifecycle.changed} changed; segments: ${r.segments.recomputed} recomputed in ${r.segments.ms} ms.`,
      );
      return;
    }
    const segments = await listSegments(ctx);
    if (!segments.length) console.log('No segments or lists yet.');
    for (const s of segments) console.log(`${s.name}\t${s.kind}\t${s.size}\t${s.computedAt ?? 'never computed'}`);
  } finally {
    await rt.database.close();
  }
}

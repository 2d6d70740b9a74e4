import { z } from 'zod';
import type { Ctx } from '../platform/context.js';
import { findOwnerUserId, findWorkspacesByRef } from '../modules/auth/index.js';
import { listSegments, recomputeModelsOf } from '../modules/segments/index.js';
import { openRuntime, parseFlags, type Flags } from './runtime.js';

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
    const db = rt.database.db;
    const [ws] = await findWorkspacesByRef(db, f.workspace);
    if (!ws) throw new Error(`No workspace named "${f.workspace}"`);
    if (action === 'recompute') {
      const r = await recomputeModelsOf(db, ws.id);
      console.log(
        `RFM: ${r.rfm.scored} buyers scored in ${r.rfm.ms} ms; NASLD: ${r.nasld.contacts} contacts, ${r.nasld.changed} changed, in ${r.nasld.ms} ms; ` +
          `lifecycle: ${r.lifecycle.changed} changed; segments: ${r.segments.recomputed} recomputed in ${r.segments.ms} ms.`,
      );
      return;
    }
    const ctx: Ctx = { db, workspaceId: ws.id, actor: { type: 'system', id: await findOwnerUserId(db, ws.id), label: 'rapport segments' }, role: 'owner', via: 'cli', log: rt.log };
    const segments = await listSegments(ctx);
    if (!segments.length) console.log('No segments or lists yet.');
    for (const s of segments) console.log(`${s.name}\t${s.kind}\t${s.size}\t${s.computedAt ?? 'never computed'}`);
  } finally {
    await rt.database.close();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { importOptionsSchema, onDuplicateSchema } from '@rapport/contracts';
import { createImport, findResumableImport, getImport, runImport, startImport } from '../modules/imports/index.js';
import { openRuntime, parseFlags, workspaceCtx, type Flags } from './runtime.js';

const importFlags = z.object({
  entity: z.enum(['contacts', 'companies', 'orders', 'products'], { message: 'Say what to import: rapport import contacts|companies|orders|products FILE' }),
  file: z.string({ message: 'Name the file to import' }).min(1),
  workspace: z.string({ message: '--workspace is required' }).trim().min(1),
  mapping: z.string().optional(),
  'on-duplicate': z
    .string()
    .transform((s) => s.replace('-', '_'))
    .pipe(onDuplicateSchema)
    .optional(),
  match: z.enum(['email', 'phone', 'externalId']).optional(),
  'dry-run': z.boolean().optional(),
  currency: z.string().optional(),
  timezone: z.string().optional(),
  'cancel-prefix': z.string().optional(),
});

function parseMapping(raw: string | undefined): Record<string, string | null> | undefined {
  if (!raw) return undefined;
  try {
    return importOptionsSchema.shape.mapping.unwrap().parse(JSON.parse(raw));
  } catch {
    throw new Error('--mapping must be JSON: {"Column header": "field key", …}');
  }
}

/**
 * `rapport import contacts|companies FILE --workspace NAME`: runs the import in this process with a
 * progress bar, then prints one summary line. Run again after a crash, it resumes the unfinished
 * import of the same file instead of importing it twice.
 */
export async function runImportCommand(positionals: string[], flags: Record<string, unknown>): Promise<void> {
  const f = parseFlags(importFlags, { ...(flags as Flags), entity: positionals[0], file: positionals[1] });
  const data = fs.readFileSync(f.file);
  const rt = await openRuntime();
  try {
    const ctx = await workspaceCtx(rt, f.workspace, 'rapport import');
    const resumable = f['dry-run'] ? null : await findResumableImport(ctx, f.entity, data);
    let id: string;
    if (resumable) {
      id = resumable.id;
      console.error(`Resuming the unfinished import of ${path.basename(f.file)} at row ${resumable.rowsDone + 1}.`);
      if (resumable.status === 'failed') await startImport(ctx, id, false, async () => {});
    } else {
      const options = { mapping: parseMapping(f.mapping), match: f.match, onDuplicate: f['on-duplicate'], currency: f.currency, timezone: f.timezone, cancelPrefix: f['cancel-prefix'] };
      const preview = await createImport(ctx, { entity: f.entity, filename: path.basename(f.file), data, options, maxBytes: rt.config.importMaxBytes });
      id = preview.import.id;
      await startImport(ctx, id, Boolean(f['dry-run']), async () => {});
    }
    const total = (await getImport(ctx, id)).totalRows ?? 0;
    const bar = new cliProgress.SingleBar({ format: 'Rows [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic);
    bar.start(total, resumable?.rowsDone ?? 0);
    await runImport(ctx.db, ctx.workspaceId, id, rt.log, (done) => bar.update(done));
    bar.stop();
    const result = await getImport(ctx, id);
    const c = result.counts;
    const verb = result.isDryRun ? 'Dry run' : 'Imported';
    console.log(`${verb} ${path.basename(f.file)}: ${c.read} rows read, ${c.created} created, ${c.updated} updated, ${c.skipped} skipped, ${c.rejected} rejected (import ${id}).`);
    if (result.status !== 'completed') throw new Error(`The import ${result.status}${result.error ? `: ${result.error}` : ''}`);
    if (c.rejected) console.error(`Rejected rows and reasons: GET /api/v1/imports/${id}/rejects.csv`);
  } finally {
    await rt.database.close();
  }
}

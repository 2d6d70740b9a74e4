import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ctx } from '../platform/context.js';
import { createImport, getImport, runImport, startImport } from '../modules/imports/index.js';
import type { Harness } from './harness.js';

/**
 * The UCI Online Retail file (541,909 rows), for tests that read it: beside the repository
 * (../shared), where RAPPORT_DATASETS_DIR says, or the team machines' /work/shared.
 */
export const onlineRetailFile = [
  process.env.RAPPORT_DATASETS_DIR,
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/datasets'),
  '/work/shared/datasets',
]
  .filter((d): d is string => Boolean(d))
  .map((d) => path.join(d, 'online-retail/online_retail.csv'))
  .find((f) => fs.existsSync(f));

/** The first `rows` rows of the file (all of it for Infinity), as bytes with the header. */
export function onlineRetailPrefix(rows: number): Buffer {
  const whole = fs.readFileSync(onlineRetailFile!);
  // The file has no line breaks inside quoted values, so the first N lines are the first N rows.
  for (let i = 0, lines = 0; i < whole.length && Number.isFinite(rows); i++) {
    if (whole[i] === 10 && ++lines === rows + 1) return whole.subarray(0, i + 1);
  }
  return whole;
}

/** Imports the data through the standard orders import with a column mapping; returns the import. */
export async function importOnlineRetail(h: Harness, workspaceId: string, data: Buffer) {
  const ctx: Ctx = { db: h.database.db, workspaceId, actor: { type: 'system', id: null, label: 'test' }, role: 'owner', via: 'cli', log: h.app.log };
  const mapping = {
    InvoiceNo: 'orderId',
    StockCode: 'line.sku',
    Description: 'line.name',
    Quantity: 'line.quantity',
    InvoiceDate: 'placedAt',
    UnitPrice: 'line.unitPrice',
    CustomerID: 'contact.externalId',
    Country: null,
  };
  const preview = await createImport(ctx, {
    entity: 'orders',
    filename: 'online_retail.csv',
    data,
    options: { mapping, currency: 'GBP', timezone: 'Europe/London', cancelPrefix: 'C' },
    maxBytes: 100 * 1024 * 1024,
  });
  await startImport(ctx, preview.import.id, false, async () => {});
  await runImport(h.database.db, workspaceId, preview.import.id, h.app.log);
  return getImport(ctx, preview.import.id);
}

/**
 * Orders import figure: the UCI Online Retail file (541,909 rows, 25,900 invoices) through the
 * standard orders import with its column mapping, as `rapport import orders` runs it.
 * Run: npm run bench -- orders [rows]   (PGlite in memory; DATABASE_URL=… for PostgreSQL)
 * Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Ctx } from '../apps/server/src/platform/context.js';
import { createImport, getImport, runImport, startImport } from '../apps/server/src/modules/imports/index.js';
import { newWorkspace, startHarness } from '../apps/server/src/test/harness.js';

const file = path.join(process.env.RAPPORT_DATASETS_DIR ?? path.resolve(import.meta.dirname, '../../shared/datasets'), 'online-retail/online_retail.csv');
const limit = Number(process.argv[2] ?? Infinity);
const whole = fs.readFileSync(file);
let end = whole.length;
for (let i = 0, lines = 0; i < whole.length && Number.isFinite(limit); i++) {
  if (whole[i] === 10 && ++lines === limit + 1) {
    end = i + 1;
    break;
  }
}
const data = whole.subarray(0, end);

const h = await startHarness();
const ws = await newWorkspace(h);
const ctx: Ctx = { db: h.database.db, workspaceId: ws.workspaceId, actor: { type: 'system', id: null, label: 'bench' }, role: 'owner', via: 'cli', log: h.app.log };
const mapping = { InvoiceNo: 'orderId', StockCode: 'line.sku', Description: 'line.name', Quantity: 'line.quantity', InvoiceDate: 'placedAt', UnitPrice: 'line.unitPrice', CustomerID: 'contact.externalId', Country: null };
const t0 = performance.now();
const preview = await createImport(ctx, { entity: 'orders', filename: 'online_retail.csv', data, options: { mapping, currency: 'GBP', timezone: 'Europe/London', cancelPrefix: 'C' }, maxBytes: 200 * 1024 * 1024 });
await startImport(ctx, preview.import.id, false, async () => {});
await runImport(h.database.db, ws.workspaceId, preview.import.id, h.app.log);
const seconds = (performance.now() - t0) / 1000;
const result = await getImport(ctx, preview.import.id);
const { rows } = await h.database.query<{ orders: number; contacts: number }>(
  'select (select count(*)::int from orders where workspace_id = $1) as orders, (select count(*)::int from contacts where workspace_id = $1) as contacts',
  [ws.workspaceId],
);
console.log(`orders import on ${h.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${result.counts.read.toLocaleString()} rows (${result.status})`);
console.log(`  ${seconds.toFixed(1)} s, ${Math.round(result.counts.read / seconds).toLocaleString()} rows/s; ${rows[0]!.orders.toLocaleString()} orders, ${rows[0]!.contacts.toLocaleString()} customers`);
console.log(`  created ${result.counts.created}, updated ${result.counts.updated}, skipped ${result.counts.skipped}, rejected ${result.counts.rejected}`);
await h.close();

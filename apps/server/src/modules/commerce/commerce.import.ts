import { orderStatuses, orderChannels, productInputSchema } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { resolveContacts, type ContactKey } from './commerce.contacts.js';
import { writeOrders, type OrderWrite } from './commerce.orders.js';
import { writeProducts } from './commerce.products.js';

/** Columns of an orders file can map to these; one row may be one line item. */
export const orderImportTargets = [
  { key: 'orderId', label: 'Order id', isRequired: true, aliases: ['order', 'order no', 'order number', 'invoice', 'invoice no', 'invoice number', '訂單編號', '訂單號碼', '订单编号', '订单号', '注文番号', '受注番号'] },
  { key: 'placedAt', label: 'Order date', isRequired: true, aliases: ['date', 'invoice date', 'order time', 'created at', '訂單日期', '下單時間', '订单日期', '下单时间', '注文日', '注文日時'] },
  { key: 'status', label: 'Status', isRequired: false },
  { key: 'currency', label: 'Currency', isRequired: false },
  { key: 'subtotal', label: 'Subtotal', isRequired: false },
  { key: 'discount', label: 'Discount', isRequired: false },
  { key: 'shipping', label: 'Shipping', isRequired: false },
  { key: 'tax', label: 'Tax', isRequired: false },
  { key: 'total', label: 'Total', isRequired: false, aliases: ['amount', 'order total', 'grand total', '總金額', '訂單金額', '总金额', '订单金额', '合計金額', '注文金額'] },
  { key: 'couponCode', label: 'Coupon code', isRequired: false },
  { key: 'channel', label: 'Channel', isRequired: false },
  { key: 'storeId', label: 'Store id', isRequired: false },
  { key: 'contact.externalId', label: 'Customer id', isRequired: false, aliases: ['customer', 'customer no', 'member id', '會員編號', '客戶編號', '会员编号', '客户编号', '顧客番号', '会員番号'] },
  { key: 'contact.email', label: 'Customer email', isRequired: false, aliases: ['email', 'e-mail', '電子郵件', '电子邮件', 'メールアドレス'] },
  { key: 'line.sku', label: 'Item sku', isRequired: false, aliases: ['sku', 'stock code', 'product code', 'item code', '商品編號', '貨號', '商品编号', '货号', '商品コード', '品番'] },
  { key: 'line.name', label: 'Item name', isRequired: false, aliases: ['description', 'product', 'product name', 'item', '品名', '商品名稱', '商品名称', '商品名'] },
  { key: 'line.category', label: 'Item category', isRequired: false, aliases: ['category', '分類', '类别', 'カテゴリ'] },
  { key: 'line.quantity', label: 'Item quantity', isRequired: false, aliases: ['quantity', 'qty', '數量', '数量'] },
  { key: 'line.unitPrice', label: 'Item unit price', isRequired: false, aliases: ['unit price', 'price', '單價', '单价', '単価'] },
  { key: 'line.discount', label: 'Item discount', isRequired: false },
];

export const productImportTargets = [
  { key: 'sku', label: 'SKU', isRequired: true },
  { key: 'name', label: 'Name', isRequired: false },
  { key: 'category', label: 'Category', isRequired: false },
  { key: 'price', label: 'Price', isRequired: false },
  { key: 'currency', label: 'Currency', isRequired: false },
  { key: 'imageUrl', label: 'Image URL', isRequired: false },
  { key: 'url', label: 'Product URL', isRequired: false },
  { key: 'stock', label: 'Stock', isRequired: false },
];

export interface OrderImportOptions {
  /** Names the file (its checksum): an order line is keyed by file and row, so importing the same file again adds no line twice. */
  fileKey: string;
  mapping: Record<string, string | null>;
  currency: string | null;
  /** The zone of dates written without an offset ("2010-12-01 08:26:00"). */
  timezone: string;
  /** Order ids starting with this are cancellations (a till's "C" invoices). */
  cancelPrefix: string | null;
  dryRun: boolean;
}

export interface RowResult {
  rowNumber: number;
  status: 'created' | 'updated' | 'skipped' | 'rejected';
  reason?: string;
}

const num = (v: string | undefined) => {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.replace(/[,\s]/g, ''));
  return Number.isFinite(n) ? n : NaN;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Building a formatter costs far more than using one, and an import reads a date per row. */
function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timezone, f);
  }
  return f;
}

/** A date with an offset is taken as written; one without is read in `timezone`. */
export function zonedDate(value: string, timezone: string): Date | null {
  const v = value.trim();
  if (/([zZ]|[+-]\d{2}:?\d{2})$/.test(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  // The zone's offset at that moment, from how Intl writes it there.
  const parts = Object.fromEntries(formatterFor(timezone).formatToParts(new Date(asUtc)).map((p) => [p.type, p.value]));
  const shown = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return new Date(asUtc - (shown - asUtc));
}

type Row = { rowNumber: number; values: Record<string, string> };

function valuesOf(row: Row, mapping: Record<string, string | null>) {
  const out: Record<string, string> = {};
  for (const [header, target] of Object.entries(mapping)) {
    const v = row.values[header]?.trim();
    if (target && v) out[target] = v;
  }
  return out;
}

/**
 * One batch of an orders file. Rows of the same order id are grouped into one order with a line
 * per row; an order that continues into the next batch gets its further lines then. Each line is
 * keyed by its row, so a batch written again after a crash adds nothing.
 */
export async function writeOrderBatch(tx: Db, ctx: Ctx, opts: OrderImportOptions, rows: Row[]): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const orders = new Map<string, { write: OrderWrite; key: ContactKey | undefined; rows: number[] }>();
  for (const row of rows) {
    const v = valuesOf(row, opts.mapping);
    const reject = (reason: string) => results.push({ rowNumber: row.rowNumber, status: 'rejected', reason });
    if (!v.orderId) {
      reject('orderId: the order id is empty');
      continue;
    }
    const placed = v.placedAt ? zonedDate(v.placedAt, opts.timezone) : null;
    if (!placed) {
      reject(`placedAt: ${v.placedAt ? `"${v.placedAt}" is not a date` : 'the order date is empty'}`);
      continue;
    }
    const quantity = num(v['line.quantity']) ?? 1;
    const unitPrice = num(v['line.unitPrice']);
    const lineDiscount = num(v['line.discount']) ?? 0;
    const money = ['subtotal', 'discount', 'shipping', 'tax', 'total'].map((k) => [k, num(v[k])] as const);
    const bad = [['line.quantity', quantity], ['line.unitPrice', unitPrice], ['line.discount', lineDiscount], ...money].find(([, n]) => Number.isNaN(n));
    if (bad) {
      reject(`${bad[0]}: "${v[bad[0] as string]}" is not a number`);
      continue;
    }
    if (v['line.sku'] && unitPrice === undefined) {
      reject('line.unitPrice: an item needs its unit price');
      continue;
    }
    const isCancel = Boolean(opts.cancelPrefix && v.orderId.startsWith(opts.cancelPrefix));
    const status = isCancel ? 'cancelled' : ((orderStatuses as readonly string[]).includes(v.status?.toLowerCase() ?? '') ? v.status!.toLowerCase() : 'placed');
    if (v.status && !isCancel && status !== v.status.toLowerCase()) {
      reject(`status: "${v.status}" is not one of ${orderStatuses.join(', ')}`);
      continue;
    }
    const currency = (v.currency ?? opts.currency)?.toUpperCase() ?? null;
    if (currency && !/^[A-Z]{3}$/.test(currency)) {
      reject(`currency: "${currency}" is not a three-letter code`);
      continue;
    }
    let entry = orders.get(v.orderId);
    if (!entry) {
      const m = Object.fromEntries(money) as Record<string, number | undefined>;
      entry = {
        write: {
          orderId: v.orderId,
          contactId: null,
          status: status as OrderWrite['status'],
          currency,
          subtotal: m.subtotal,
          discount: m.discount ?? 0,
          shipping: m.shipping ?? 0,
          tax: m.tax ?? 0,
          total: m.total,
          couponCode: v.couponCode ?? null,
          channel: (orderChannels as readonly string[]).includes(v.channel?.toLowerCase() ?? '') ? (v.channel!.toLowerCase() as OrderWrite['channel']) : 'online',
          storeId: v.storeId ?? null,
          placedAt: placed.toISOString(),
          source: 'import',
          lines: [],
          linesMode: 'append',
        },
        key: v['contact.externalId'] || v['contact.email'] ? { externalId: v['contact.externalId'], email: v['contact.email']?.toLowerCase() } : undefined,
        rows: [],
      };
      orders.set(v.orderId, entry);
    }
    entry.rows.push(row.rowNumber);
    if (v['line.sku']) {
      entry.write.lines.push({
        key: `row:${opts.fileKey}:${row.rowNumber}`,
        sku: v['line.sku'],
        name: v['line.name'] ?? null,
        category: v['line.category'] ?? null,
        quantity,
        unitPrice: unitPrice!,
        discount: lineDiscount,
      });
    }
  }
  const list = [...orders.values()];
  if (opts.dryRun) return [...results, ...list.flatMap((o) => o.rows.map((rowNumber) => ({ rowNumber, status: 'created' as const })))];
  const contactIds = await resolveContacts(tx, ctx, list.map((o) => o.key));
  list.forEach((o, i) => (o.write.contactId = contactIds[i] ?? null));
  const lines = list.flatMap((o) => o.write.lines);
  await writeProducts(tx, ctx.workspaceId, [...new Map(lines.map((l) => [l.sku, { sku: l.sku, name: l.name, category: l.category }])).values()]);
  const { orders: written, newLines } = await writeOrders(tx, ctx.workspaceId, list.map((o) => o.write));
  const isNew = new Map(written.map((w) => [w.orderId, w.isNew]));
  for (const o of list) {
    const lineOf = new Map(o.write.lines.map((l) => [l.key, l]));
    for (const rowNumber of o.rows) {
      const key = `row:${opts.fileKey}:${rowNumber}`;
      // A row already stored (a batch run again after a crash) is skipped; a row without an item updates its order.
      const status = lineOf.has(key) ? (newLines.has(key) ? 'created' : 'skipped') : isNew.get(o.write.orderId) ? 'created' : 'updated';
      results.push({ rowNumber, status });
    }
  }
  return results;
}

/** One batch of a products file: each row one product, by sku. */
export async function writeProductBatch(tx: Db, ctx: Ctx, mapping: Record<string, string | null>, rows: Row[], dryRun: boolean): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const items: { rowNumber: number; sku: string; data: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const parsed = productInputSchema.safeParse(valuesOf(row, mapping));
    if (!parsed.success) {
      results.push({ rowNumber: row.rowNumber, status: 'rejected', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    items.push({ rowNumber: row.rowNumber, sku: parsed.data.sku, data: parsed.data });
  }
  if (dryRun) return [...results, ...items.map((i) => ({ rowNumber: i.rowNumber, status: 'created' as const }))];
  const written = await writeProducts(tx, ctx.workspaceId, items.map((i) => i.data as { sku: string }));
  const isNew = new Map(written.map((w) => [w.sku, w.isNew]));
  const seen = new Set<string>();
  for (const i of items) {
    results.push({ rowNumber: i.rowNumber, status: isNew.get(i.sku) && !seen.has(i.sku) ? 'created' : 'updated' });
    seen.add(i.sku);
  }
  return results;
}

import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { selectRows, type Db } from '../../platform/db.js';

export interface ProductWrite {
  sku: string;
  name?: string | null | undefined;
  category?: string | null | undefined;
  price?: number | null | undefined;
  currency?: string | null | undefined;
  imageUrl?: string | null | undefined;
  url?: string | null | undefined;
  stock?: number | null | undefined;
}

/**
 * Creates or updates products by sku. A field left out (or null) keeps its value, so an order
 * line or a "Product Viewed" event that names only some fields never clears the others.
 */
export async function writeProducts(tx: Db, workspaceId: string, items: ProductWrite[]): Promise<{ id: string; sku: string; isNew: boolean }[]> {
  const bySku = new Map<string, ProductWrite>();
  // The last mention of a sku in the call wins; earlier ones fill what it leaves out.
  for (const p of items) bySku.set(p.sku, { ...bySku.get(p.sku), ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== null)) } as ProductWrite);
  if (!bySku.size) return [];
  const rows = [...bySku.values()].map((p) => ({ id: uuidv7(), ...p }));
  return selectRows<{ id: string; sku: string; isNew: boolean }>(
    tx,
    sql`insert into products (id, workspace_id, sku, name, category, price, currency, image_url, url, stock)
        select id, ${workspaceId}, sku, name, category, price, currency, "imageUrl", url, stock
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(id uuid, sku text, name text, category text, price numeric, currency text, "imageUrl" text, url text, stock int)
        on conflict (workspace_id, sku) do update set
          name = coalesce(excluded.name, products.name), category = coalesce(excluded.category, products.category),
          price = coalesce(excluded.price, products.price), currency = coalesce(excluded.currency, products.currency),
          image_url = coalesce(excluded.image_url, products.image_url), url = coalesce(excluded.url, products.url),
          stock = coalesce(excluded.stock, products.stock), updated_at = now()
        returning id::text, sku, (xmax = 0) as "isNew"`,
  );
}

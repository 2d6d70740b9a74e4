import { randomInt } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  couponCodeValueSchema,
  couponPoolInputSchema,
  couponPoolPatchSchema,
  type CouponCode,
  type CouponPool,
  type ListCouponPoolsQuery,
  type Page,
  type PageQuery,
} from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { idArray, selectRows, textArray, withWorkspace, type Db } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { decodeCursor, isUuid, toPage } from '../../platform/pagination.js';
import type { OrderFacts } from '../commerce/index.js';
import { diffFields, recordAudit } from '../audit/index.js';
import { assertContact } from '../contacts/index.js';
import { couponCodes, couponPools } from './campaigns.schema.js';

/** A coupon as a template reads it: `{{ coupon.code }}`. */
export interface IssuedCoupon {
  code: string;
  value: number;
  valueType: 'amount' | 'percent';
  expiresAt: string | null;
}

type PoolRow = typeof couponPools.$inferSelect;

// No 0/O or 1/I: codes are read off screens and typed at tills.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomPart = (n = 8) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

export async function findCouponPool(tx: Db, ws: string, id: string): Promise<PoolRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select()
    .from(couponPools)
    .where(and(eq(couponPools.workspaceId, ws), eq(couponPools.id, id)));
  return row ?? null;
}

/** Why each of these pools cannot issue codes, by id: not in the workspace, or archived. A pool that can is not in the map. */
export async function couponPoolProblems(tx: Db, ws: string, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const valid = wanted.filter(isUuid);
  const rows = valid.length
    ? await tx
        .select({ id: couponPools.id, archivedAt: couponPools.archivedAt })
        .from(couponPools)
        .where(and(eq(couponPools.workspaceId, ws), inArray(couponPools.id, valid)))
    : [];
  const found = new Map(rows.map((r) => [r.id, r.archivedAt]));
  const problems = new Map<string, string>();
  for (const id of wanted) {
    if (!found.has(id)) problems.set(id, 'No coupon pool with this id in the workspace');
    else if (found.get(id)) problems.set(id, 'The coupon pool is archived; unarchive it or pick another');
  }
  return problems;
}

/**
 * Issues each item's contact a code from its pool, in the caller's transaction. The issue key
 * makes it idempotent: issuing again with the same key returns the code issued before. Generated
 * pools make a new code; uploaded pools hand out the next unissued one. An empty or archived pool
 * is an error naming it.
 */
export async function issueCoupons(tx: Db, workspaceId: string, items: { poolId: string; contactId: string; issueKey: string }[]): Promise<Map<string, IssuedCoupon>> {
  const out = new Map<string, IssuedCoupon>();
  for (const item of items) {
    const pool = await findCouponPool(tx, workspaceId, item.poolId);
    if (!pool) throw new AppError('validation_failed', `Coupon pool ${item.poolId} does not exist`);
    const [existing] = await tx
      .select()
      .from(couponCodes)
      .where(and(eq(couponCodes.poolId, pool.id), eq(couponCodes.issueKey, item.issueKey)));
    // Archiving stops new codes only: a retry with a key that already got one still gets it.
    if (!existing && pool.archivedAt) throw new AppError('conflict', `The coupon pool "${pool.name}" is archived`);
    const expiresAt = pool.expiresAt ?? (pool.validDays ? new Date(Date.now() + pool.validDays * 86_400_000) : null);
    let code = existing;
    if (!code && pool.kind === 'generated') {
      for (let attempt = 0; !code && attempt < 5; attempt++) {
        // A clash with an existing code (one in 10^12 per pair) just draws again.
        [code] = await tx
          .insert(couponCodes)
          .values({ id: uuidv7(), workspaceId, poolId: pool.id, code: `${pool.prefix ? `${pool.prefix}-` : ''}${randomPart()}`, contactId: item.contactId, issueKey: item.issueKey, issuedAt: new Date(), expiresAt })
          .onConflictDoNothing()
          .returning();
      }
    } else if (!code) {
      [code] = await selectRows<typeof couponCodes.$inferSelect>(
        tx,
        sql`update coupon_codes c set contact_id = ${item.contactId}, issue_key = ${item.issueKey}, issued_at = now(), expires_at = ${expiresAt}
            where c.id = (select id from coupon_codes where pool_id = ${pool.id} and issued_at is null order by id limit 1 for update skip locked)
            returning c.id, c.code, c.expires_at as "expiresAt"`,
      );
      if (!code) throw new AppError('conflict', `Coupon pool "${pool.name}" has no codes left to issue`);
    }
    if (!code) throw new AppError('internal', 'no coupon code could be made');
    const exp = code.expiresAt ? new Date(code.expiresAt).toISOString() : null;
    out.set(item.issueKey, { code: code.code, value: pool.value, valueType: pool.valueType, expiresAt: exp });
  }
  return out;
}

/** Marks the codes these orders used as redeemed (first use wins), in the caller's transaction. */
export async function redeemCoupons(tx: Db, workspaceId: string, orders: OrderFacts[]): Promise<void> {
  if (!orders.length) return;
  const json = JSON.stringify(orders.map((o) => ({ id: o.id, code: o.couponCode!.toUpperCase(), placed_at: o.placedAt.toISOString() })));
  await tx.execute(sql`
    update coupon_codes c set redeemed_at = o.placed_at, order_pk = o.id
    from jsonb_to_recordset(${json}::jsonb) as o(id uuid, code text, placed_at timestamptz)
    where c.workspace_id = ${workspaceId} and upper(c.code) = o.code and c.redeemed_at is null`);
}

async function withCounts(tx: Db, ws: string, rows: PoolRow[]): Promise<CouponPool[]> {
  if (!rows.length) return [];
  const counts = await selectRows<{ pool_id: string; codes: number; issued: number; redeemed: number }>(
    tx,
    sql`select pool_id, count(*)::int as codes, count(issued_at)::int as issued, count(redeemed_at)::int as redeemed
        from coupon_codes where workspace_id = ${ws} and pool_id = any(${idArray(rows.map((r) => r.id), 'uuid')}) group by pool_id`,
  );
  const by = new Map(counts.map((c) => [c.pool_id, c]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    prefix: r.prefix,
    valueType: r.valueType,
    value: r.value,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    validDays: r.validDays,
    codes: by.get(r.id)?.codes ?? 0,
    issued: by.get(r.id)?.issued ?? 0,
    redeemed: by.get(r.id)?.redeemed ?? 0,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function createCouponPool(ctx: Ctx, input: unknown): Promise<CouponPool> {
  const d = couponPoolInputSchema.parse(input);
  if (d.kind === 'generated' && !d.prefix) throw new AppError('validation_failed', 'A generated pool needs a prefix', { errors: [{ path: 'prefix', message: 'Required for generated codes' }] });
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const [row] = await tx
      .insert(couponPools)
      .values({ id: uuidv7(), workspaceId: ctx.workspaceId, name: d.name, kind: d.kind, prefix: d.prefix?.toUpperCase() ?? null, valueType: d.valueType, value: d.value, expiresAt: d.expiresAt ? new Date(d.expiresAt) : null, validDays: d.validDays ?? null })
      .returning();
    await recordAudit(tx, ctx, { entity: 'coupon_pool', entityId: row!.id, action: 'create', changes: diffFields(null, { kind: row!.kind, prefix: row!.prefix, ...audited(row!) }) });
    return (await withCounts(tx, ctx.workspaceId, [row!]))[0]!;
  });
}

export async function listCouponPools(ctx: Ctx, q: ListCouponPoolsQuery): Promise<Page<CouponPool>> {
  const before = decodeCursor(q.cursor, isUuid);
  const archived = q.archived === 'true' ? isNotNull(couponPools.archivedAt) : isNull(couponPools.archivedAt);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const rows = await tx
      .select()
      .from(couponPools)
      .where(and(eq(couponPools.workspaceId, ctx.workspaceId), archived, before ? lt(couponPools.id, before) : undefined))
      .orderBy(desc(couponPools.id))
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, (r) => r.id);
    return { data: await withCounts(tx, ctx.workspaceId, page.data), nextCursor: page.nextCursor };
  });
}

export async function getCouponPool(ctx: Ctx, id: string): Promise<CouponPool> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const row = await findCouponPool(tx, ctx.workspaceId, id);
    if (!row) throw notFound('Coupon pool');
    return (await withCounts(tx, ctx.workspaceId, [row]))[0]!;
  });
}

async function lockPool(tx: Db, ws: string, id: string): Promise<PoolRow> {
  if (!isUuid(id)) throw notFound('Coupon pool');
  const [row] = await tx
    .select()
    .from(couponPools)
    .where(and(eq(couponPools.workspaceId, ws), eq(couponPools.id, id)))
    .for('update');
  if (!row) throw notFound('Coupon pool');
  return row;
}

const audited = (r: PoolRow) => ({ name: r.name, valueType: r.valueType, value: r.value, expiresAt: r.expiresAt?.toISOString() ?? null, validDays: r.validDays, archivedAt: r.archivedAt?.toISOString() ?? null });

async function savePool(ctx: Ctx, tx: Db, before: PoolRow, set: Partial<PoolRow>): Promise<CouponPool> {
  const [row] = await tx
    .update(couponPools)
    .set(set)
    .where(and(eq(couponPools.workspaceId, ctx.workspaceId), eq(couponPools.id, before.id)))
    .returning();
  await recordAudit(tx, ctx, { entity: 'coupon_pool', entityId: before.id, action: 'update', changes: diffFields(audited(before), audited(row!)) });
  return (await withCounts(tx, ctx.workspaceId, [row!]))[0]!;
}

/** Renames a pool or changes what its next codes are worth and how long they last. */
export async function updateCouponPool(ctx: Ctx, id: string, input: unknown): Promise<CouponPool> {
  const d = couponPoolPatchSchema.parse(input);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await lockPool(tx, ctx.workspaceId, id);
    // One kind of expiry at a time: a fixed end clears the days from issue, and the other way round.
    const expiresAt = d.expiresAt !== undefined ? (d.expiresAt ? new Date(d.expiresAt) : null) : d.validDays ? null : before.expiresAt;
    const validDays = d.validDays !== undefined ? d.validDays : d.expiresAt ? null : before.validDays;
    const valueType = d.valueType ?? before.valueType;
    const value = d.value ?? before.value;
    // Checked on the result: switching a pool worth 150 to percent must not make it 150 %.
    if (valueType === 'percent' && value > 100) throw new AppError('validation_failed', 'A percentage is at most 100', { errors: [{ path: 'value', message: 'A percentage is at most 100' }] });
    return savePool(ctx, tx, before, { name: d.name ?? before.name, valueType, value, expiresAt, validDays });
  });
}

/** Archives a pool, or brings it back. An archived pool issues no new codes; those already out still redeem. */
export async function setCouponPoolArchived(ctx: Ctx, id: string, archived: boolean): Promise<CouponPool> {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const before = await lockPool(tx, ctx.workspaceId, id);
    // Archiving twice keeps the first date, so the second is no change and leaves no audit entry.
    return savePool(ctx, tx, before, { archivedAt: archived ? (before.archivedAt ?? new Date()) : null });
  });
}

/** Adds codes to an uploaded pool. Each code gets a result; duplicates (in the file or already stored) are rejected with the reason. */
export async function uploadCouponCodes(ctx: Ctx, poolId: string, codes: unknown[]) {
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const pool = await findCouponPool(tx, ctx.workspaceId, poolId);
    if (!pool) throw notFound('Coupon pool');
    if (pool.kind !== 'uploaded') throw new AppError('validation_failed', 'Codes are uploaded only to pools of uploaded codes; this pool generates its own');
    const results: { index: number; code: string | null; status: 'added' | 'rejected'; reason?: string }[] = [];
    const seen = new Set<string>();
    const valid: { index: number; code: string }[] = [];
    codes.forEach((raw, index) => {
      const parsed = couponCodeValueSchema.safeParse(raw);
      if (!parsed.success) return results.push({ index, code: typeof raw === 'string' ? raw : null, status: 'rejected', reason: parsed.error.issues[0]!.message });
      const key = parsed.data.toUpperCase();
      if (seen.has(key)) return results.push({ index, code: parsed.data, status: 'rejected', reason: 'listed twice in this upload' });
      seen.add(key);
      valid.push({ index, code: parsed.data });
    });
    const taken = new Set(
      (
        await selectRows<{ code: string }>(tx, sql`select upper(code) as code from coupon_codes where workspace_id = ${ctx.workspaceId} and upper(code) = any(${textArray(valid.map((v) => v.code.toUpperCase()))})`)
      ).map((r) => r.code),
    );
    const fresh = valid.filter((v) => !taken.has(v.code.toUpperCase()));
    for (const v of valid) if (taken.has(v.code.toUpperCase())) results.push({ index: v.index, code: v.code, status: 'rejected', reason: 'this code already exists in the workspace' });
    if (fresh.length) await tx.insert(couponCodes).values(fresh.map((v) => ({ id: uuidv7(), workspaceId: ctx.workspaceId, poolId: pool.id, code: v.code })));
    for (const v of fresh) results.push({ index: v.index, code: v.code, status: 'added' });
    results.sort((a, b) => a.index - b.index);
    return { added: fresh.length, rejected: results.length - fresh.length, results };
  });
}

export async function listCouponCodes(ctx: Ctx, poolId: string, q: PageQuery): Promise<Page<CouponCode>> {
  const before = decodeCursor(q.cursor, isUuid);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    if (!(await findCouponPool(tx, ctx.workspaceId, poolId))) throw notFound('Coupon pool');
    const rows = await tx
      .select()
      .from(couponCodes)
      .where(and(eq(couponCodes.workspaceId, ctx.workspaceId), eq(couponCodes.poolId, poolId), before ? lt(couponCodes.id, before) : undefined))
      .orderBy(desc(couponCodes.id))
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, (r) => r.id);
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return {
      data: page.data.map((r) => ({ code: r.code, contactId: r.contactId, issuedAt: iso(r.issuedAt), expiresAt: iso(r.expiresAt), redeemedAt: iso(r.redeemedAt), orderId: r.orderPk })),
      nextCursor: page.nextCursor,
    };
  });
}

/** Issues a code to a contact by hand or from another system; the key makes a retry return the same code. */
export async function issueCouponTo(ctx: Ctx, poolId: string, input: { contactId: string; issueKey: string }): Promise<IssuedCoupon> {
  await assertContact(ctx, input.contactId);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    if (!(await findCouponPool(tx, ctx.workspaceId, poolId))) throw notFound('Coupon pool');
    return (await issueCoupons(tx, ctx.workspaceId, [{ poolId, ...input }])).get(input.issueKey)!;
  });
}

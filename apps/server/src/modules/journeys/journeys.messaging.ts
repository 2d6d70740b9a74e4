import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { contactSchema, type MessageContent } from '@rapport/contracts';
import { idArray, selectRows, type Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { checkContent } from '../messaging/index.js';

/**
 * What journeys need of messaging that its index does not offer yet, in one place: reading a
 * template's current version and channel, whether coupon pools exist, the workspace's time zone,
 * and creating a recipe's templates. Each reads or writes messaging's tables directly; they are
 * meant to become messaging exports (`currentTemplateOf(tx, ws, ids)`, `findCouponPools`,
 * `createTemplateIn`), at which point this file shrinks to re-exports.
 */

export interface TemplateHead {
  id: string;
  name: string;
  channel: MessageContent['channel'];
  version: number;
}

/** The current version and channel of these templates of the workspace; absent ids are missing. */
export async function templateHeads(tx: Db, workspaceId: string, ids: string[]): Promise<Map<string, TemplateHead>> {
  if (!ids.length) return new Map();
  const rows = await selectRows<TemplateHead>(
    tx,
    sql`select id, name, channel, version from message_templates where workspace_id = ${workspaceId} and id = any(${idArray([...new Set(ids)], 'uuid')})`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Which of these coupon pools exist in the workspace. */
export async function existingCouponPools(tx: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await selectRows<{ id: string }>(tx, sql`select id from coupon_pools where workspace_id = ${workspaceId} and id = any(${idArray([...new Set(ids)], 'uuid')})`);
  return new Set(rows.map((r) => r.id));
}

/** The workspace's time zone (messaging settings), for contacts without one of their own. */
export async function workspaceTimeZone(tx: Db, workspaceId: string): Promise<string> {
  const [row] = await selectRows<{ tz: string | null }>(tx, sql`select settings->>'timeZone' as tz from messaging_settings where workspace_id = ${workspaceId}`);
  return row?.tz || 'UTC';
}

const contactFields: ReadonlySet<string> = new Set(Object.keys(contactSchema.shape).filter((k) => k !== 'id'));

/** Creates templates (version 1) in the caller's transaction, checked as a save checks them. */
export async function createTemplatesIn(tx: Db, workspaceId: string, createdBy: string, items: { name: string; content: MessageContent }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, item] of items.entries()) {
    try {
      await checkContent(item.content, contactFields);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      throw new AppError('internal', `recipe template ${i} is not valid: ${e.details.errors?.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
    }
    const id = uuidv7();
    const content = JSON.stringify(item.content);
    await tx.execute(sql`insert into message_templates (id, workspace_id, name, channel, version, content, localized)
      values (${id}, ${workspaceId}, ${item.name}, ${item.content.channel}, 1, ${content}::jsonb, '{}'::jsonb)`);
    await tx.execute(sql`insert into message_template_versions (workspace_id, template_id, version, content, localized, created_by)
      values (${workspaceId}, ${id}, 1, ${content}::jsonb, '{}'::jsonb, ${createdBy})`);
    ids.push(id);
  }
  return ids;
}

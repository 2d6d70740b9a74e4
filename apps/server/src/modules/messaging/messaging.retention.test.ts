import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { selectRows } from '../../platform/db.js';
import { newWorkspace, startHarness, type Harness } from '../../test/harness.js';
import { deleteOldOutbox, uuidv7Floor } from './messaging.retention.js';
import { messageOutbox } from './messaging.schema.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('outbox retention', () => {
  it('deletes captured mail past the retention, and nothing newer', async () => {
    const ws = await newWorkspace(h, 'Keep');
    const day = 86_400_000;
    const now = Date.now();
    const ages = [45, 31, 29, 0];
    const ids = ages.map((d) => uuidv7({ msecs: now - d * day }));
    await h.database.db.insert(messageOutbox).values(ids.map((id) => ({ id, workspaceId: ws.workspaceId, channel: 'email' as const, recipient: 'a@keep.example', subject: 'Old', message: {}, test: false })));
    expect(await deleteOldOutbox(h.database, 30, new Date(now))).toBeGreaterThanOrEqual(2);
    const left = await selectRows<{ id: string }>(h.database.db, sql`select id from message_outbox where id = any(${`{${ids.join(',')}}`}::uuid[]) order by id`);
    expect(left.map((r) => r.id)).toEqual(ids.slice(2));
  });

  it('bounds a moment by the smallest UUIDv7 of it', () => {
    const at = new Date('2026-12-07T00:00:00Z');
    const floor = uuidv7Floor(at);
    expect(floor).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7000-8000-0{12}$/);
    expect(uuidv7({ msecs: at.getTime() }) >= floor).toBe(true);
    expect(uuidv7({ msecs: at.getTime() - 1 }) < floor).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Source, StoredEvent } from '@rapport/contracts';
import { call, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let source: Source;

beforeAll(async () => {
  // This file's server takes at most 50 waiting events, so a batch of 100 meets the limit.
  process.env.RAPPORT_INGEST_MAX_PENDING = '50';
  h = await startHarness();
  delete process.env.RAPPORT_INGEST_MAX_PENDING;
  ws = await newWorkspace(h);
  source = (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Busy' })).json<Source>();
});
afterAll(() => h.close());

describe('tracking API under overload', () => {
  it('answers 503 with Retry-After and stores nothing of the request, rather than dropping what it accepted', async () => {
    const auth = writeKeyAuth(source.writeKey);
    const batch = Array.from({ length: 100 }, (_, i) => ({ type: 'track', event: 'Busy', userId: 'u-busy', messageId: `busy-${i}` }));
    const res = await call(h, auth, 'POST', '/v1/batch', { batch });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.json<{ code: string }>().code).toBe('unavailable');
    await h.processEvents();
    const count = async () => (await call(h, ws.headers, 'GET', '/api/v1/events?name=Busy&limit=200')).json<Page<StoredEvent>>().data.length;
    expect(await count()).toBe(0);
    // Smaller requests still go through, and the retried batch, split, is stored once.
    for (let i = 0; i < 100; i += 25) expect((await call(h, auth, 'POST', '/v1/batch', { batch: batch.slice(i, i + 25) })).statusCode).toBe(200);
    await h.processEvents();
    expect(await count()).toBe(100);
  });
});

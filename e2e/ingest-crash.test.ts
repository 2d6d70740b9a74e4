import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setupWithSource, startServer } from './server.js';

/**
 * The server is killed with kill -9 in the middle of a tracking load. Every event it acknowledged
 * must be in the event store after the restart, and the batches whose answer never came, sent
 * again as an SDK would, must not be stored twice.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-ingest-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const batchOf = (loop: number, n: number) =>
  Array.from({ length: 50 }, (_, i) => ({ type: 'track', event: 'Crash Test', anonymousId: `v-${loop}-${i % 7}`, messageId: `m-${loop}-${n}-${i}` }));

describe('ingestion crash safety', () => {
  it('loses no acknowledged event to kill -9 and stores retried batches once', async () => {
    const first = await startServer(dataDir);
    const { writeKey, cookie } = await setupWithSource(first.base, 'ingest-crash@example.com');
    const auth = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}` };
    const acked = new Set<string>();
    const unanswered: ReturnType<typeof batchOf>[] = [];
    let stop = false;
    const loops = Array.from({ length: 4 }, async (_, loop) => {
      for (let n = 0; !stop; n++) {
        const batch = batchOf(loop, n);
        try {
          const res = await fetch(`${first.base}/v1/batch`, { method: 'POST', headers: auth, body: JSON.stringify({ batch }) });
          if (res.status !== 200) throw new Error(String(res.status));
          for (const e of batch) acked.add(e.messageId);
        } catch {
          unanswered.push(batch);
          return;
        }
      }
    });
    // Kill it once a good number of events are in, mid-flight.
    while (acked.size < 2000) await new Promise((r) => setTimeout(r, 20));
    await first.stop('SIGKILL');
    stop = true;
    await Promise.all(loops);
    expect(unanswered.length).toBeGreaterThan(0);

    const second = await startServer(dataDir);
    try {
      for (const batch of unanswered) {
        const res = await fetch(`${second.base}/v1/batch`, { method: 'POST', headers: auth, body: JSON.stringify({ batch }) });
        expect(res.status).toBe(200);
        for (const e of batch) acked.add(e.messageId);
      }
      // Read back the whole event store once the processor has caught up.
      const stored: string[] = [];
      for (let attempt = 0; attempt < 120; attempt++) {
        stored.length = 0;
        let cursor: string | null = null;
        do {
          const page = (await (await fetch(`${second.base}/api/v1/events?name=Crash%20Test&limit=200${cursor ? `&cursor=${cursor}` : ''}`, { headers: { cookie } })).json()) as {
            data: { messageId: string }[];
            nextCursor: string | null;
          };
          stored.push(...page.data.map((e) => e.messageId));
          cursor = page.nextCursor;
        } while (cursor);
        if (stored.length >= acked.size) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(new Set(stored).size).toBe(stored.length);
      const have = new Set(stored);
      expect([...acked].filter((id) => !have.has(id))).toEqual([]);
      // Whatever was stored but never acknowledged was sent again above, so the two sets agree.
      expect(stored.length).toBe(acked.size);
    } finally {
      await second.stop();
    }
  }, 180_000);
});

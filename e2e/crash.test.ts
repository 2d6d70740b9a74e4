import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './server.js';

/** kill -9 of the server on the embedded database loses no acknowledged write. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety on the embedded database', () => {
  it('keeps every acknowledged write and half-applies none across kill -9, restarting over the stale lock', async () => {
    const first = await startServer(dataDir);
    const setup = await fetch(`${first.base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'A', email: 'crash@example.com', password: 'crash-test-1', workspaceName: 'Crash' }),
    });
    expect(setup.status).toBe(201);
    const cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const acked: string[] = [];
    const create = async (i: number) => {
      const res = await fetch(`${first.base}/api/v1/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ firstName: `acked-${i}` }),
      });
      if (res.status === 201) acked.push(((await res.json()) as { id: string }).id);
    };
    for (let i = 0; i < 20; i++) await create(i);
    // Then a burst of concurrent writes, and the kill lands in the middle of it.
    const burst = Array.from({ length: 40 }, (_, i) => create(100 + i).catch(() => {}));
    await new Promise((r) => setTimeout(r, 150));
    await first.stop('SIGKILL');
    await Promise.all(burst);
    expect(acked.length).toBeGreaterThanOrEqual(20);
    expect(fs.existsSync(path.join(dataDir, 'rapport.lock'))).toBe(true);

    const second = await startServer(dataDir);
    try {
      const list = await fetch(`${second.base}/api/v1/contacts?limit=100`, { headers: { cookie } });
      expect(list.status).toBe(200);
      const ids = ((await list.json()) as { data: { id: string }[] }).data.map((c) => c.id);
      // Every acknowledged write survived; unacknowledged ones may or may not have.
      expect(ids).toEqual(expect.arrayContaining(acked));
      // Nothing is half-applied: each surviving contact has exactly its one audit entry.
      const audit = await fetch(`${second.base}/api/v1/audit-log?entity=contact&limit=200`, { headers: { cookie } });
      const audited = ((await audit.json()) as { data: { entityId: string }[] }).data.map((e) => e.entityId);
      expect(audited.sort()).toEqual([...ids].sort());
    } finally {
      await second.stop();
    }
  }, 120_000);
});

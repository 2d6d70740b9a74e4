import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './server.js';

/**
 * An import killed with kill -9 halfway, then restarted, ends with exactly the expected records
 * and counts: every batch commits with its progress, and the restarted server resumes after the
 * last committed one.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-import-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const rows = 10_000;
const isBad = (i: number) => i % 100 === 0;
const isDuplicate = (i: number) => i % 250 === 5;
const emailOf = (i: number) => (isBad(i) ? `broken-${i}` : `p${isDuplicate(i) ? i - 3 : i}@example.com`);
const csv = ['Name,Email', ...Array.from({ length: rows }, (_, i) => `Person ${i},${emailOf(i)}`)].join('\n');
const expected = { read: rows, created: rows - 100 - 40, updated: 0, skipped: 40, rejected: 100 };

interface ImportState {
  status: string;
  counts: typeof expected;
}

describe('import crash safety', () => {
  it('resumes after kill -9 with no lost and no doubled rows', async () => {
    const first = await startServer(dataDir);
    const setup = await fetch(`${first.base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'A', email: 'import-crash@example.com', password: 'crash-test-1', workspaceName: 'Import crash' }),
    });
    const cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const upload = await fetch(`${first.base}/api/v1/imports?entity=contacts&filename=people.csv&start=import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie },
      body: csv,
    });
    expect(upload.status).toBe(201);
    const id = ((await upload.json()) as { import: { id: string } }).import.id;
    const state = async (base: string): Promise<ImportState> => {
      // A busy server may reset a kept-alive socket; that is the client's race, so ask again.
      for (let attempt = 0; ; attempt++) {
        try {
          return (await (await fetch(`${base}/api/v1/imports/${id}`, { headers: { cookie } })).json()) as ImportState;
        } catch (e) {
          if (attempt > 5) throw e;
        }
      }
    };

    // Kill it once some batches have committed and others have not.
    for (;;) {
      const s = await state(first.base);
      if (s.counts.read >= 500) break;
      expect(s.status).not.toBe('completed');
      await new Promise((r) => setTimeout(r, 100));
    }
    await first.stop('SIGKILL');

    const second = await startServer(dataDir);
    try {
      const halfway = await state(second.base);
      expect(halfway.counts.read).toBeGreaterThan(0);
      expect(halfway.counts.read).toBeLessThan(rows);
      let s = halfway;
      for (let i = 0; i < 600 && s.status !== 'completed'; i++) {
        await new Promise((r) => setTimeout(r, 500));
        s = await state(second.base);
      }
      expect(s.status).toBe('completed');
      expect(s.counts).toEqual(expected);
      const exported = await (await fetch(`${second.base}/api/v1/contacts/export?columns=email`, { headers: { cookie } })).text();
      const emails = exported.trim().split('\r\n').slice(1).map((line) => line.split(',').pop());
      expect(emails).toHaveLength(expected.created);
      expect(new Set(emails).size).toBe(expected.created);
      const rejects = await (await fetch(`${second.base}/api/v1/imports/${id}/rejects.csv`, { headers: { cookie } })).text();
      expect(rejects.trim().split('\r\n')).toHaveLength(1 + 100);
    } finally {
      await second.stop();
    }
  }, 600_000);
});

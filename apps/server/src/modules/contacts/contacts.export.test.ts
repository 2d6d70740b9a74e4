import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { call, newApiKey, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';
import { neutraliseFormula } from '../../platform/csv-export.js';

let h: Harness;
let owner: Session;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h);
  await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: '美玲', lastName: '林', email: 'mei@example.com', tags: ['VIP', '台北'] });
  await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: '=HYPERLINK("http://evil")', lastName: '+1', email: 'formula@example.com' });
  await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'Plain', phone: '+886 912 345 678', tags: ['VIP'] });
  const other = await newWorkspace(h);
  await call(h, other.headers, 'POST', '/api/v1/contacts', { firstName: 'Other', email: 'other-ws@example.com' });
});
afterAll(() => h.close());

function rowsOf(body: string): Record<string, string>[] {
  return parse(body, { columns: true, bom: true }) as Record<string, string>[];
}

describe('contact export', () => {
  it('streams UTF-8 CSV with a BOM that Excel reads, newest first, of this workspace only', async () => {
    const res = await call(h, owner.headers, 'GET', '/api/v1/contacts/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="contacts-\d{4}-\d\d-\d\d\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = rowsOf(res.body);
    expect(rows.map((r) => r.Name)).toEqual(['Plain', `'=HYPERLINK("http://evil") +1`, '林美玲']);
    expect(rows[2]).toMatchObject({ 'First name': '美玲', 'Last name': '林', Email: 'mei@example.com', Tags: 'VIP, 台北' });
    // The leading "+" of a phone number is a formula trigger too; the quote keeps it text.
    expect(rows[0]!.Phone).toBe("'+886912345678");
    expect(res.body).not.toContain('other-ws@example.com');
  });

  it('neutralises every cell that a spreadsheet would run as a formula', async () => {
    const rows = rowsOf((await call(h, owner.headers, 'GET', '/api/v1/contacts/export')).body);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('applies the list filters, and works with a read-scoped API key', async () => {
    const key = await newApiKey(h, owner, ['read']);
    const res = await call(h, key, 'GET', '/api/v1/contacts/export?tag=VIP&q=plain');
    expect(rowsOf(res.body).map((r) => r.Name)).toEqual(['Plain']);
    expect((await call(h, null, 'GET', '/api/v1/contacts/export')).statusCode).toBe(401);
  });

  it('exports a view: its filter, sort and chosen columns, custom fields included', async () => {
    await call(h, owner.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'tier', label: 'Tier', type: 'select', options: [{ value: 'gold', label: 'Gold' }] });
    await call(h, owner.headers, 'POST', '/api/v1/contacts', { firstName: 'Goldie', email: 'gold@example.com', custom: { tier: 'gold' } });
    const filter = JSON.stringify({ type: 'group', combinator: 'or', children: [{ type: 'condition', field: 'custom.tier', op: 'eq', value: 'gold' }, { type: 'condition', field: 'firstName', op: 'eq', value: 'plain' }] });
    const res = await call(h, owner.headers, 'GET', `/api/v1/contacts/export?filter=${encodeURIComponent(filter)}&sort=firstName&order=asc&columns=email,custom.tier`);
    expect(res.statusCode).toBe(200);
    const rows = rowsOf(res.body);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'Name', 'Email', 'Tier']);
    expect(rows.map((r) => [r.Name, r.Tier])).toEqual([['Goldie', 'gold'], ['Plain', '']]);
    const bad = await call(h, owner.headers, 'GET', '/api/v1/contacts/export?columns=email,nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ detail: string }>().detail).toContain('nope');
  });

  it('pages through more rows than one batch', async () => {
    const ws = await newWorkspace(h);
    const values = Array.from({ length: 1205 }, (_, i) => `('${crypto.randomUUID()}', '${ws.workspaceId}', 'Bulk${i}')`);
    await h.database.query(`insert into contacts (id, workspace_id, first_name) values ${values.join(',')}`);
    const rows = rowsOf((await call(h, ws.headers, 'GET', '/api/v1/contacts/export')).body);
    expect(rows).toHaveLength(1205);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1205);
  });
});

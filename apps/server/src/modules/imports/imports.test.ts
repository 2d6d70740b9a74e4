import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Import, ImportPreview, Page, Problem } from '@rapport/contracts';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  await call(h, ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'points', label: '點數', type: 'number' });
});
afterAll(() => h.close());

function upload(s: Session, body: Buffer, query: string, type = 'text/csv') {
  return h.app.inject({ method: 'POST', url: `/api/v1/imports?${query}`, headers: { ...s.headers, 'content-type': type }, payload: body });
}

async function finished(s: Session, id: string): Promise<Import> {
  await h.settled();
  return (await call(h, s.headers, 'GET', `/api/v1/imports/${id}`)).json<Import>();
}

const big5Csv = iconv.encode(
  [
    '姓名,電子郵件,手機,公司,標籤,點數',
    '林美玲,mei@example.com,0912-345-678,台灣積體電路,"VIP,台北",120',
    '陳志明,not-an-email,0922 333 444,,,',
    '王小華,hua@example.com,0933444555,台灣積體電路,,lots',
    '"broken,row',
    '林美玲,MEI@example.com,,,,200',
    '張大千,zhang@example.com,,,新客,',
  ].join('\r\n'),
  'big5',
);

describe('imports', () => {
  it('reads a Big5 file, suggests the mapping, dry-runs, imports, and every row is accounted for', async () => {
    const res = await upload(ws, big5Csv, 'entity=contacts&filename=客戶.csv');
    expect(res.statusCode, res.body).toBe(201);
    const preview = res.json<ImportPreview>();
    expect(preview.import).toMatchObject({ encoding: 'big5', format: 'csv', totalRows: 6, status: 'uploaded' });
    expect(preview.suggestedMapping).toEqual({ 姓名: 'fullName', 電子郵件: 'email', 手機: 'phone', 公司: 'companyName', 標籤: 'tags', 點數: 'custom.points' });
    expect(preview.rows[0]).toMatchObject({ 姓名: '林美玲' });

    const id = preview.import.id;
    await call(h, ws.headers, 'PATCH', `/api/v1/imports/${id}`, { onDuplicate: 'update', tags: ['imported'] });
    await call(h, ws.headers, 'POST', `/api/v1/imports/${id}/start`, { dryRun: true });
    const dry = await finished(ws, id);
    expect(dry).toMatchObject({ status: 'completed', isDryRun: true });
    expect(dry.counts.read).toBe(6);
    expect((await call(h, ws.headers, 'GET', '/api/v1/contacts')).json<Page<Contact>>().data).toEqual([]);

    await call(h, ws.headers, 'POST', `/api/v1/imports/${id}/start`, { dryRun: false });
    const done = await finished(ws, id);
    expect(done.status).toBe('completed');
    // The second 林美玲 row matches the first by email and updates it.
    expect(done.counts).toEqual({ read: 6, created: 2, updated: 1, skipped: 0, rejected: 3 });
    const { created, updated, skipped, rejected, read } = done.counts;
    expect(created + updated + skipped + rejected).toBe(read);

    const contacts = (await call(h, ws.headers, 'GET', '/api/v1/contacts?q=林美玲')).json<Page<Contact>>().data;
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ firstName: '美玲', lastName: '林', phone: '+886912345678', custom: { points: 200 }, company: { name: '台灣積體電路' } });
    expect(contacts[0]!.tags.sort()).toEqual(['VIP', 'imported', '台北'].sort());

    const csv = await call(h, ws.headers, 'GET', `/api/v1/imports/${id}/rejects.csv`);
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.row)).toEqual(['2', '3', '4']);
    expect(rows[0]!.reason).toContain('email');
    expect(rows[1]!.reason).toContain('點數');
    expect(rows[2]!.reason).toMatch(/quote/i);
    expect(rows[0]!['電子郵件']).toBe('not-an-email');
  });

  it('re-reads the column names when the user changes the encoding', async () => {
    const pre = (await upload(ws, big5Csv, 'entity=contacts&filename=x.csv')).json<ImportPreview>();
    const wrong = (await call(h, ws.headers, 'PATCH', `/api/v1/imports/${pre.import.id}`, { encoding: 'gbk' })).json<Import>();
    expect(wrong.headers).not.toContain('姓名');
    const right = (await call(h, ws.headers, 'PATCH', `/api/v1/imports/${pre.import.id}`, { encoding: 'big5' })).json<Import>();
    expect(right.headers).toContain('姓名');
    expect(right.options.mapping).toMatchObject({ 姓名: 'fullName', 電子郵件: 'email' });
    await call(h, ws.headers, 'PATCH', `/api/v1/imports/${pre.import.id}`, { onDuplicate: 'update', tags: ['x'] });
    const kept = (await call(h, ws.headers, 'PATCH', `/api/v1/imports/${pre.import.id}`, { match: 'phone' })).json<Import>();
    expect(kept.options).toMatchObject({ match: 'phone', onDuplicate: 'update', tags: ['x'] });
  });

  it('imports XLSX companies through multipart, matching on domain', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Companies');
    sheet.addRow(['Company name', 'Website', '統一編號', 'Country']);
    sheet.addRow(['Acme', 'https://www.acme.com.tw', '22099131', 'TW']);
    sheet.addRow(['Acme Taiwan', 'acme.com.tw', '', 'TW']);
    sheet.addRow(['Bad Tax', 'bad.example', '12345678', 'TW']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const boundary = '----rapport';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="entity"\r\n\r\ncompanies\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify({ mapping: { 'Company name': 'name', Website: 'domain', 統一編號: 'taxId', Country: 'addressCountry' }, onDuplicate: 'fill_empty' })}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="companies.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/imports?start=import', headers: { ...ws.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    const done = await finished(ws, res.json<ImportPreview>().import.id);
    expect(done.counts).toEqual({ read: 3, created: 1, updated: 1, skipped: 0, rejected: 1 });
  });

  it('refuses bad requests clearly', async () => {
    expect((await upload(ws, Buffer.from('a,b\n1,2'), 'filename=x.csv')).statusCode).toBe(400);
    const headerOnly = await upload(ws, Buffer.from('name,email\n'), 'entity=contacts');
    expect(headerOnly.statusCode).toBe(422);
    const pre = (await upload(ws, Buffer.from('Nick,Colour\nAda,red\n'), 'entity=contacts')).json<ImportPreview>();
    const start = await call(h, ws.headers, 'POST', `/api/v1/imports/${pre.import.id}/start`, { dryRun: false });
    expect(start.statusCode).toBe(400);
    expect(start.json<Problem>().detail).toContain('Map a name');
    const badMap = await call(h, ws.headers, 'PATCH', `/api/v1/imports/${pre.import.id}`, { mapping: { Nick: 'firstName', Nope: 'email', Colour: 'favouriteColour' } });
    expect(badMap.json<Problem>().errors!.map((e) => e.path).sort()).toEqual(['mapping.Colour', 'mapping.Nope']);
  });

  it('refuses files over the size limit', async () => {
    const big = Buffer.alloc(h.config.importMaxBytes + 10, 'a');
    const res = await upload(ws, big, 'entity=contacts');
    expect(res.statusCode).toBe(413);
  });
});

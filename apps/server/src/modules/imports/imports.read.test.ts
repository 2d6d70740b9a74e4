import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat, previewTable, readTable, uniqueHeaders, type ReadTableOptions } from './imports.read.js';
import type { TableRow } from './imports.types.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

async function readAll(buf: Uint8Array, opts: ReadTableOptions = {}) {
  const reader = await readTable(buf, opts);
  const rows: TableRow[] = [];
  for await (const row of reader) rows.push(row);
  return { reader, rows };
}

const valuesOf = (rows: TableRow[]) => rows.map((r) => ('values' in r ? r.values : { error: r.code }));

describe('readTable: CSV', () => {
  it('reads rows keyed by trimmed headers, numbering data rows and skipping blank lines', async () => {
    const { reader, rows } = await readAll(utf8(' Name ,Email\r\nAda, ada@example.com \r\n\r\n,\r\nGrace,grace@example.com'));
    expect(reader).toMatchObject({ format: 'csv', headers: ['Name', 'Email'], delimiter: ',' });
    expect(reader.encoding?.encoding).toBe('utf-8');
    expect(rows).toEqual([
      { rowNumber: 1, line: 2, values: { Name: 'Ada', Email: 'ada@example.com' } },
      { rowNumber: 2, line: 5, values: { Name: 'Grace', Email: 'grace@example.com' } },
    ]);
  });

  it('reports a row with a wrong column count and reads on', async () => {
    const { rows } = await readAll(utf8('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n'));
    expect(valuesOf(rows)).toEqual([
      { a: '1', b: '2', c: '3' },
      { error: 'column_count' },
      { error: 'column_count' },
      // A trailing delimiter is not an extra column.
      { a: '10', b: '11', c: '12' },
    ]);
    expect(rows[1]).toMatchObject({ rowNumber: 2, line: 3, raw: '4,5', error: expect.stringContaining('2 values') });
  });

  it('reports an unclosed quote on its own row and still reads every row after it', async () => {
    const lines = [
      'name,email,phone',
      'Ann,ann@example.com,0912',
      '"Bob,bob@example.com,0913',
      'Carol,carol@example.com,0914',
      'Dave,"dave@example.com",0915',
      'Eve,"eve, the second",0916',
    ];
    const { rows } = await readAll(utf8(lines.join('\n') + '\n'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1]).toMatchObject({ rowNumber: 2, line: 3, code: 'unclosed_quote', raw: '"Bob,bob@example.com,0913' });
    expect(valuesOf(rows).filter((v) => 'name' in v).map((v) => v.name)).toEqual(['Ann', 'Carol', 'Dave', 'Eve']);
    expect(rows[4]).toMatchObject({ values: { email: 'eve, the second' } });
  });

  it('reports an unclosed quote at the end of the file', async () => {
    const { rows } = await readAll(utf8('name,note\nAnn,ok\nBob,"never closed\nstill inside\n'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ rowNumber: 2, code: 'unclosed_quote', raw: 'Bob,"never closed' });
    expect(rows[2]).toMatchObject({ rowNumber: 3, code: 'column_count', raw: 'still inside' });
  });

  it('keeps quoted values that span lines, and numbers lines after them right', async () => {
    const { rows } = await readAll(utf8('name,address\nAnn,"No. 7\nXinyi Rd."\nBob,Taipei\n'));
    expect(rows).toEqual([
      { rowNumber: 1, line: 2, values: { name: 'Ann', address: 'No. 7\nXinyi Rd.' } },
      { rowNumber: 2, line: 4, values: { name: 'Bob', address: 'Taipei' } },
    ]);
  });

  it('yields one item per data row across window boundaries, and resumes with skipRows', async () => {
    // ~600 KB: several parse windows, with malformed rows sprinkled through.
    const lines = ['id,name,note'];
    for (let i = 1; i <= 12_000; i++) {
      if (i % 1000 === 0) lines.push(`${i},"broken`);
      else if (i % 777 === 0) lines.push(`${i},short`);
      else lines.push(`${i},Person ${i},"note with, comma ${'x'.repeat(20)}"`);
    }
    const buf = utf8(lines.join('\r\n'));
    const { rows } = await readAll(buf);
    expect(rows).toHaveLength(12_000);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 12_000 }, (_, i) => i + 1));
    const errors = rows.filter((r) => 'error' in r);
    expect(errors).toHaveLength(12 + 15);
    expect(rows.every((r) => r.line === r.rowNumber + 1)).toBe(true);
    expect(rows.every((r) => !('values' in r) || r.values.id === String(r.rowNumber))).toBe(true);

    const resumed = await readAll(buf, { skipRows: 9_998, maxRows: 3 });
    expect(resumed.rows.map((r) => r.rowNumber)).toEqual([9_999, 10_000, 10_001]);
    expect(resumed.rows[1]).toMatchObject({ code: 'unclosed_quote', raw: '10000,"broken' });
    expect(resumed.rows[2]).toMatchObject({ values: { id: '10001' } });
  });

  it('detects semicolon and tab delimiters from the header line', async () => {
    const semi = await readAll(utf8('Name;Email;Note\nAda;ada@example.com;"a, b"\n'));
    expect(semi.reader.delimiter).toBe(';');
    expect(semi.rows[0]).toMatchObject({ values: { Name: 'Ada', Note: 'a, b' } });
    const tab = await readAll(iconv.encode('Name\tEmail\r\n山田太郎\tyamada@example.jp\r\n', 'utf16le', { addBOM: true }));
    expect(tab.reader.delimiter).toBe('\t');
    expect(tab.reader.encoding).toMatchObject({ encoding: 'utf-16le', hasBom: true });
    expect(tab.rows[0]).toMatchObject({ values: { Name: '山田太郎', Email: 'yamada@example.jp' } });
  });

  it('decodes legacy encodings, or the one the user forced', async () => {
    const text = '姓名,電子郵件\r\n林美玲,meiling@example.tw\r\n陳志明,chen@example.tw\r\n';
    const { reader, rows } = await readAll(iconv.encode(text, 'big5'));
    expect(reader.encoding?.encoding).toBe('big5');
    expect(rows[0]).toMatchObject({ values: { 姓名: '林美玲' } });
    const forced = await readAll(iconv.encode(text, 'big5'), { encoding: 'gbk' });
    expect(forced.reader.encoding?.encoding).toBe('gbk');
    expect(forced.reader.headers[0]).not.toBe('姓名');
  });

  it('names duplicate and blank headers uniquely', async () => {
    const { reader, rows } = await readAll(utf8('Email,Name,Email,,Email (2)\na@x.tw,A,b@x.tw,?,c@x.tw\n'));
    expect(reader.headers).toEqual(['Email', 'Name', 'Email (3)', 'Column 4', 'Email (2)']);
    expect(rows[0]).toMatchObject({ values: { Email: 'a@x.tw', 'Email (3)': 'b@x.tw', 'Column 4': '?', 'Email (2)': 'c@x.tw' } });
    expect(uniqueHeaders(['a', 'a', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
  });

  it('keeps a header named __proto__ as an ordinary key', async () => {
    const { rows } = await readAll(utf8('__proto__,name\nx,y\n'));
    expect(rows[0]).toMatchObject({ values: { name: 'y' } });
    expect(Object.getOwnPropertyDescriptor('values' in rows[0]! ? rows[0].values : {}, '__proto__')?.value).toBe('x');
  });

  it('refuses an empty file and a header without rows', async () => {
    await expect(readTable(utf8(''))).rejects.toThrow('empty');
    await expect(readTable(utf8('\r\n  \r\n'))).rejects.toThrow('empty');
    await expect(readTable(utf8('Name,Email\r\n\r\n'))).rejects.toThrow('no data rows');
  });
});

async function workbook(rows: ExcelJS.CellValue[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Contacts');
  rows.forEach((r, i) => {
    if (r.length) ws.getRow(i + 1).values = r;
  });
  build?.(ws);
  wb.addWorksheet('Ignored').addRow(['other']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readTable: XLSX', () => {
  it('reads the first sheet with phone numbers, dates, formulas and rich text as text', async () => {
    const buf = await workbook(
      [
        [],
        ['Name', 'Phone', 'Birthday', 'Met at', 'Score', 'VIP', 'Note', 'Site', 'Ratio', 'ID', 'Card'],
        [
          'Ada',
          912345678,
          new Date(Date.UTC(1990, 4, 17)),
          new Date(Date.UTC(2024, 2, 5, 14, 30)),
          { formula: 'B3*2', result: 1824691356 },
          true,
          { richText: [{ text: 'Hello ' }, { font: { bold: true }, text: 'world' }] },
          { text: 'example', hyperlink: 'https://example.com' },
          0.1 + 0.2,
          1.5e21,
          1234567890123456,
        ],
        [],
        ['Bob', '0912 345 678', null, new Date(Date.UTC(1899, 11, 30, 9, 15)), { formula: 'NA()', result: { error: '#N/A' } }, false, null, null, 1e-7, -0],
      ],
      (ws) => (ws.getRow(3).getCell(13).value = 'right of the header'),
    );
    expect(detectFormat(buf, 'contacts.csv')).toBe('xlsx');
    const { reader, rows } = await readAll(buf, { filename: 'contacts.xlsx' });
    expect(reader).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(reader.headers).toEqual(['Name', 'Phone', 'Birthday', 'Met at', 'Score', 'VIP', 'Note', 'Site', 'Ratio', 'ID', 'Card']);
    expect(rows).toEqual([
      {
        rowNumber: 1,
        line: 3,
        values: {
          Name: 'Ada',
          Phone: '912345678',
          Birthday: '1990-05-17',
          'Met at': '2024-03-05T14:30:00',
          Score: '1824691356',
          VIP: 'true',
          Note: 'Hello world',
          Site: 'example',
          Ratio: '0.3',
          ID: '1500000000000000000000',
          Card: '1234567890123456',
        },
      },
      {
        rowNumber: 2,
        line: 5,
        values: { Name: 'Bob', Phone: '0912 345 678', Birthday: '', 'Met at': '09:15:00', Score: '', VIP: 'false', Note: '', Site: '', Ratio: '0.0000001', ID: '0', Card: '' },
      },
    ]);
  });

  it('skips rows on resume and refuses a sheet with only a header', async () => {
    const buf = await workbook([['Name'], ['A'], [], ['B'], ['C']]);
    const { rows } = await readAll(buf, { skipRows: 1 });
    expect(rows.map((r) => [r.rowNumber, r.line])).toEqual([[2, 4], [3, 5]]);
    await expect(readTable(await workbook([['Name', 'Email']]))).rejects.toThrow('no data rows');
    await expect(readTable(await workbook([]))).rejects.toThrow('empty');
  });

  it('refuses files that are not workbooks', async () => {
    await expect(readTable(utf8('Name\nAda\n'), { format: 'xlsx' })).rejects.toThrow('XLSX');
    expect(() => detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.xls')).toThrow('.xls');
    expect(detectFormat(utf8('Name\nAda\n'), 'export.xls')).toBe('csv');
  });
});

describe('previewTable', () => {
  it('returns the first rows, the total and how the file was read', async () => {
    const lines = ['名前,メール', ...Array.from({ length: 30 }, (_, i) => `山田${i},u${i}@example.jp`), '"broken'];
    const preview = await previewTable(iconv.encode(lines.join('\r\n'), 'shift_jis'));
    expect(preview).toMatchObject({ format: 'csv', delimiter: ',', headers: ['名前', 'メール'], totalRows: 31 });
    expect(preview.encoding?.encoding).toBe('shift_jis');
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[19]).toMatchObject({ rowNumber: 20, values: { 名前: '山田19' } });

    const xlsx = await previewTable(await workbook([['Name'], ['A'], ['B']]), { limit: 1 });
    expect(xlsx).toMatchObject({ format: 'xlsx', totalRows: 2, rows: [{ rowNumber: 1, values: { Name: 'A' } }] });
  });
});

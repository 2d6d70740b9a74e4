import { describe, expect, it } from 'vitest';
import { bestColumn, chunk, columnValues, guessMatchBy, parseCsv, splitValues, toColumns } from './member-input';

describe('pasted members', () => {
  it('splits on lines, commas, semicolons and tabs, trimmed and without repeats', () => {
    expect(splitValues(' a@x.tw\r\nb@x.tw, c@x.tw;\t"d@x.tw"\n\na@x.tw ')).toEqual(['a@x.tw', 'b@x.tw', 'c@x.tw', 'd@x.tw']);
  });

  it('guesses emails, contact ids or external ids', () => {
    expect(guessMatchBy(['a@x.tw', 'b@x.tw', 'C-1'])).toBe('emails');
    expect(guessMatchBy(['0190a3c2-1111-7000-8000-000000000001'])).toBe('contactIds');
    expect(guessMatchBy(['M-001', 'M-002'])).toBe('externalIds');
  });

  it('sends at most 10,000 values per request', () => {
    expect(chunk(Array.from({ length: 25_001 }, (_, i) => i)).map((c) => c.length)).toEqual([10_000, 10_000, 5_001]);
  });
});

describe('uploaded CSV', () => {
  it('finds the email column under a header of any language', async () => {
    const cols = await parseCsv('\uFEFF姓名,電子郵件,會員編號\n林美玲,lin@example.com,M-1\n"Chen, Wei",chen@example.com,M-2\n');
    expect(cols.hasHeader).toBe(true);
    expect(cols.names).toEqual(['姓名', '電子郵件', '會員編號']);
    expect(bestColumn(cols)).toBe(1);
    expect(columnValues(cols, 1)).toEqual(['lin@example.com', 'chen@example.com']);
    expect(columnValues(cols, 2)).toEqual(['M-1', 'M-2']);
  });

  it('reads a bare column of ids, with no header, as values', () => {
    const cols = toColumns([['M-1'], ['M-2']]);
    expect(cols.hasHeader).toBe(false);
    expect(columnValues(cols, bestColumn(cols))).toEqual(['M-1', 'M-2']);
  });

  it('takes a first row without @ over rows of emails as a header', () => {
    const cols = toColumns([['Customer'], ['a@x.tw'], ['b@x.tw']]);
    expect(cols.names).toEqual(['Customer']);
    expect(columnValues(cols, 0)).toEqual(['a@x.tw', 'b@x.tw']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCodeLines, parseCodes } from './codes';

describe('coupon codes from a paste or a file', () => {
  it('takes one code per line, trimmed, without blank lines', () => {
    expect(parseCodes(' SAVE-1 \n\nSAVE-2\r\nSAVE-3\r')).toEqual(['SAVE-1', 'SAVE-2', 'SAVE-3']);
  });

  it('takes the first column of a CSV, unquoted, and skips its header and byte-order mark', () => {
    expect(parseCodes('\uFEFFCode,Note\n"A,1",first\nB-2;x\nC-3\tz\n"""Q""",y')).toEqual(['A,1', 'B-2', 'C-3', '"Q"']);
    expect(parseCodes('優惠碼\nTW-1')).toEqual(['TW-1']);
  });

  it('remembers the line of the file each code came from', () => {
    expect(parseCodeLines('code\n\nA-1\nB-2')).toEqual([
      { code: 'A-1', line: 3 },
      { code: 'B-2', line: 4 },
    ]);
  });

  it('keeps bad codes for the server to reject with its reason', () => {
    expect(parseCodes('ok-code\nno\nhas space')).toEqual(['ok-code', 'no', 'has space']);
  });
});

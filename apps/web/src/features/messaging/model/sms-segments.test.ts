import { describe, expect, it } from 'vitest';
import { countSms } from './sms-segments';

describe('SMS parts', () => {
  it('fits 160 GSM-7 characters in one part and splits longer texts by 153', () => {
    expect(countSms('')).toMatchObject({ segments: 0, remaining: 160 });
    expect(countSms('a'.repeat(160))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1, remaining: 0 });
    expect(countSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, remaining: 145 });
    expect(countSms('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts characters of the extension table twice', () => {
    expect(countSms('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(countSms('{}')).toMatchObject({ units: 4 });
  });

  it('switches to UCS-2 for Chinese, 70 per part and 67 once split', () => {
    expect(countSms('您好'.repeat(35))).toMatchObject({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(countSms('您好'.repeat(35) + '!')).toMatchObject({ encoding: 'ucs2', units: 71, segments: 2, perSegment: 67 });
    // One emoji is two UTF-16 units.
    expect(countSms('😀')).toMatchObject({ encoding: 'ucs2', units: 2 });
  });
});

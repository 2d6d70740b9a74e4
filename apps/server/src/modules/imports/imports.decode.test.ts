import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, parseEncoding, SUPPORTED_ENCODINGS } from './imports.decode.js';

const taiwan = [
  '姓名,電子郵件,手機,公司',
  '林美玲,meiling@example.com.tw,0912-345-678,台灣積體電路製造',
  '陳志明,chen@example.tw,0922-111-222,鴻海精密工業',
  '王小華,hua@example.tw,0933-444-555,中華電信',
];
const china = [
  '姓名,电子邮件,手机,公司',
  '张伟,zhangwei@example.cn,13800138000,北京科技有限公司',
  '王芳,wangfang@example.cn,13900139000,上海贸易有限公司',
  '李娜,lina@example.cn,13700137000,广州电子',
];
const japan = [
  '氏名,メールアドレス,電話番号,会社名',
  '山田太郎,yamada@example.jp,090-1234-5678,株式会社山田商事',
  '佐藤花子,sato@example.jp,080-2345-6789,佐藤工業株式会社',
  '鈴木一郎,suzuki@example.jp,070-3456-7890,株式会社鈴木',
];
const csv = (lines: string[], rows: number) => lines.slice(0, rows + 1).join('\r\n') + '\r\n';

describe('detectEncoding', () => {
  const cases = [
    ['big5', 'cp950', taiwan],
    ['gbk', 'gbk', china],
    ['shift_jis', 'shift_jis', japan],
  ] as const;
  for (const [expected, codec, lines] of cases) {
    for (const rows of [1, 2, 3]) {
      it(`detects ${expected} in a file of ${rows} row(s) and decodes it back`, () => {
        const text = csv(lines, rows);
        const buf = iconv.encode(text, codec);
        const detected = detectEncoding(buf);
        expect(detected).toMatchObject({ encoding: expected, hasBom: false });
        expect(detected.confidence).toBeGreaterThan(0.5);
        expect(decodeText(buf, detected.encoding)).toBe(text);
      });
    }
  }

  it('tells the three apart from a single short cell under an English header', () => {
    const files: [string, string, string][] = [
      ['name,email\r\n陳志明,c@example.tw\r\n', 'cp950', 'big5'],
      ['name,email\r\n吳雅婷,w@example.tw\r\n', 'cp950', 'big5'],
      ['name,email\r\n王芳,w@example.cn\r\n', 'gbk', 'gbk'],
      ['name,email\r\n刘洋,l@example.cn\r\n', 'gbk', 'gbk'],
      ['name,email\r\n田中健,t@example.jp\r\n', 'shift_jis', 'shift_jis'],
      ['name,email\r\nさくら,s@example.jp\r\n', 'shift_jis', 'shift_jis'],
    ];
    for (const [text, codec, expected] of files) {
      expect(detectEncoding(iconv.encode(text, codec)).encoding, text).toBe(expected);
    }
  });

  it('finds the encoding when the first hundred rows are plain ASCII', () => {
    const ascii = Array.from({ length: 100 }, (_, i) => `Person ${i},p${i}@example.com`).join('\n');
    const buf = iconv.encode(`name,email\n${ascii}\n王芳,w@example.cn\n张伟,z@example.cn\n`, 'gbk');
    expect(detectEncoding(buf).encoding).toBe('gbk');
  });

  it('reads UTF-8 with and without a byte order mark', () => {
    const text = csv(taiwan, 2);
    const plain = Buffer.from(text, 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(detectEncoding(plain)).toEqual({ encoding: 'utf-8', hasBom: false, confidence: 1 });
    expect(detectEncoding(withBom)).toEqual({ encoding: 'utf-8', hasBom: true, confidence: 1 });
    expect(decodeText(withBom, 'utf-8')).toBe(text);
    expect(detectEncoding(Buffer.from('name,email\nAda,ada@example.com\n')).encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode text"), and without one', () => {
    const text = 'Name\tEmail\r\n山田太郎\tyamada@example.jp\r\n';
    const le = iconv.encode(text, 'utf16le', { addBOM: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    expect(detectEncoding(le)).toEqual({ encoding: 'utf-16le', hasBom: true, confidence: 1 });
    expect(detectEncoding(be)).toEqual({ encoding: 'utf-16be', hasBom: true, confidence: 1 });
    expect(decodeText(le, 'utf-16le')).toBe(text);
    expect(decodeText(be, 'utf-16be')).toBe(text);
    expect(detectEncoding(iconv.encode(text, 'utf16le')).encoding).toBe('utf-16le');
  });

  it('prefers UTF-8 for a UTF-8 file with a stray invalid byte', () => {
    const buf = Buffer.concat([Buffer.from(csv(china, 3), 'utf8'), Buffer.from([0xff, 0x0a])]);
    expect(detectEncoding(buf).encoding).toBe('utf-8');
  });

  it('takes the encoding the user forced, noting a matching byte order mark', () => {
    const buf = iconv.encode(csv(china, 2), 'gbk');
    expect(detectEncoding(buf, 'big5')).toEqual({ encoding: 'big5', hasBom: false, confidence: 1 });
    const le = iconv.encode('a,b\r\n', 'utf16le', { addBOM: true });
    expect(detectEncoding(le, 'utf-16le').hasBom).toBe(true);
  });
});

describe('parseEncoding', () => {
  it('accepts the names users and tools write, and refuses others', () => {
    expect(parseEncoding('UTF8')).toBe('utf-8');
    expect(parseEncoding('cp950')).toBe('big5');
    expect(parseEncoding('GB18030')).toBe('gbk');
    expect(parseEncoding('Shift-JIS')).toBe('shift_jis');
    expect(parseEncoding('latin1')).toBeNull();
    for (const e of SUPPORTED_ENCODINGS) expect(parseEncoding(e)).toBe(e);
  });
});

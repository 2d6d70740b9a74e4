/** Words a first line may hold instead of a code: the header of a spreadsheet's column. */
const headers = new Set(['code', 'codes', 'coupon', 'coupons', 'coupon code', 'coupon_code', 'couponcode', 'クーポン', 'クーポンコード', '优惠码', '優惠碼', '折扣码', '折扣碼']);

/** The first cell of a CSV line, unquoted ("a,b" → a; "\"x,y\",z" → x,y). */
function firstCell(line: string): string {
  const s = line.trim();
  if (s.startsWith('"')) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '"' && s[i + 1] === '"') {
        out += '"';
        i++;
      } else if (s[i] === '"') return out;
      else out += s[i];
    }
    return out;
  }
  const comma = s.search(/[,;\t]/);
  return comma < 0 ? s : s.slice(0, comma);
}

/**
 * The codes of a pasted list or a CSV file, with the line each came from: one per line, the
 * first column of each, blank lines and a header line left out. Everything else goes to the
 * server as written, so a bad code comes back with its reason rather than disappearing here.
 */
export function parseCodeLines(text: string): { code: string; line: number }[] {
  const codes = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ code: firstCell(raw).trim(), line: i + 1 }))
    .filter((c) => c.code);
  if (codes.length && headers.has(codes[0]!.code.toLowerCase())) codes.shift();
  return codes;
}

export const parseCodes = (text: string): string[] => parseCodeLines(text).map((c) => c.code);

/** The server takes at most this many codes per request. */
export const maxCodesPerUpload = 10_000;

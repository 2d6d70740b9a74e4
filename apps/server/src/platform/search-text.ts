const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The LIKE pattern of a search over a `search_text` column (lower case; phone numbers as digits
 * without "+"). Text typed as a phone number, in any format, searches its digits without the
 * trunk zero, so "0912-345-678" finds +886912345678.
 */
export function searchPattern(q: string): string {
  const text = q.trim().toLowerCase();
  const digits = text.replace(/\D/g, '');
  if (/^[+\d\s().-]+$/.test(text) && digits.length >= 3) return `%${escapeLike(digits.replace(/^0+/, ''))}%`;
  return `%${escapeLike(text)}%`;
}

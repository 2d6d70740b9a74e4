import { parse } from 'tldts';
import { AppError } from '../../platform/errors.js';

/**
 * A company's domain as stored, so one company can't be entered twice as "https://www.Acme.com/"
 * and "acme.com": lower case, IDN in punycode, no scheme, port, path or "www.".
 */
export function normalizeDomain(input: string, path = 'domain'): string {
  const trimmed = input.trim().toLowerCase();
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    host = '';
  }
  const info = parse(host);
  if (!host || info.isIp || !info.domain || !(info.isIcann || info.isPrivate)) {
    throw new AppError('validation_failed', `${path}: Not a valid domain`, { errors: [{ path, message: 'Not a valid domain, e.g. example.com.tw' }] });
  }
  return host.replace(/^www\d?\./, '');
}

const weights = [1, 2, 1, 2, 1, 2, 4, 1];
const digitSum = (n: number) => Math.floor(n / 10) + (n % 10);

/**
 * The checksum of a Taiwan business id (統一編號): eight digits, weighted 1,2,1,2,1,2,4,1, with the
 * digits of each product summed. The sum must divide by 5 (the Ministry of Finance widened it
 * from 10 in 2023, so old numbers still pass). When the seventh digit is 7 its product, 28, may
 * count as 10 or as 1, so the sum plus one also passes.
 */
export function isValidTaiwanBusinessId(id: string): boolean {
  if (!/^\d{8}$/.test(id)) return false;
  const sum = [...id].reduce((acc, d, i) => acc + digitSum(Number(d) * weights[i]!), 0);
  return sum % 5 === 0 || (id[6] === '7' && (sum + 1) % 5 === 0);
}

export function checkTaxId(taxId: string | null | undefined, country: string | null | undefined): void {
  if (!taxId || country !== 'TW') return;
  if (!isValidTaiwanBusinessId(taxId)) {
    const message = 'Not a valid Taiwan business id (統一編號): eight digits with a valid checksum';
    throw new AppError('validation_failed', message, { errors: [{ path: 'taxId', message }] });
  }
}

import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { AppError } from './errors.js';

function parse(input: string, region: string | null) {
  try {
    const n = parsePhoneNumberWithError(input, region ? { defaultCountry: region as CountryCode } : undefined);
    return n.isValid() ? n : null;
  } catch {
    return null;
  }
}

/**
 * A phone number as stored: E.164 (+886912345678), whatever way it was typed. Numbers without a
 * country code are read in the workspace's default region.
 */
export function toE164(input: string, region: string | null, path = 'phone'): string {
  const n = parse(input, region);
  if (n) return n.number;
  const hint = region
    ? `Not a valid phone number in ${region} or in international format`
    : 'Not a valid phone number; use international format (+886 912 345 678) or set a default region in Settings';
  throw new AppError('validation_failed', `${path}: ${hint}`, { errors: [{ path, message: hint }] });
}

/** The E.164 form of a search text that is a phone number in any format, else null. */
export function phoneSearchKey(q: string | undefined, region: string | null): string | null {
  if (!q || !/^[+(\d][\d\s()\-.]{5,}$/.test(q)) return null;
  return parse(q, region)?.number ?? null;
}

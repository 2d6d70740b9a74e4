import { isApiError } from '../../../lib/api';

/** "12,345" in the reader's format. */
export const formatCount = (n: number, lng: string) => new Intl.NumberFormat(lng).format(n);

/** Revenue in a small space: "1.2K", "1.2萬". Revenue has no single currency here (the workspace's order currency). */
export const formatCompact = (n: number, lng: string) => new Intl.NumberFormat(lng, { notation: 'compact', maximumFractionDigits: 1 }).format(n);

export const formatShare = (part: number, whole: number, lng: string) =>
  new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 }).format(whole > 0 ? part / whole : 0);

/**
 * The server's field errors for one card of the settings page, keyed by that form's paths.
 * `toFormPath` returns null for errors that belong to no field of the form.
 */
export function formErrorsOf(error: unknown, toFormPath: (serverPath: string) => string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const at = toFormPath(path);
    if (at && !(at in out)) out[at] = message;
  }
  return out;
}

/** "nasld.lostMultiplier" → "lostMultiplier" for the form of the `nasld` part. */
export const under = (part: string) => (serverPath: string) => (serverPath.startsWith(`${part}.`) ? serverPath.slice(part.length + 1) : null);

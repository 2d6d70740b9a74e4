import type { Import, ImportOptions } from '@rapport/contracts';

/** The order options as the wizard edits them: text, empty meaning "not set". */
export interface OrderOptions {
  currency: string;
  timezone: string;
  cancelPrefix: string;
}

/** The zone this browser runs in: where the shop's own exports were most likely written. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The saved options; a new import starts in the reader's own time zone rather than the server's UTC. */
export function initialOrderOptions(saved: Import['options'], defaultZone: string): OrderOptions {
  return { currency: saved.currency ?? '', timezone: saved.timezone ?? defaultZone, cancelPrefix: saved.cancelPrefix ?? '' };
}

export const isCurrencyCode = (value: string) => /^[A-Za-z]{3}$/.test(value.trim());

/** The options to PATCH: the filled-in ones only, since the server refuses empty values. */
export function orderOptionsInput(options: OrderOptions): Pick<ImportOptions, 'currency' | 'timezone' | 'cancelPrefix'> {
  const currency = options.currency.trim().toUpperCase();
  const timezone = options.timezone.trim();
  const cancelPrefix = options.cancelPrefix.trim();
  return { ...(currency ? { currency } : {}), ...(timezone ? { timezone } : {}), ...(cancelPrefix ? { cancelPrefix } : {}) };
}

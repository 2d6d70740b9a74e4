/** Why a message was skipped, as the server names it; a failure's reason is the provider's own text. */
export const knownReasons = [
  'no_consent',
  'no_address',
  'suppressed',
  'frequency_cap',
  'contact_gone',
  'template_gone',
  'channel_not_configured',
  'render_failed',
  'coupon_unavailable',
  'campaign_cancelled',
] as const;
export type KnownReason = (typeof knownReasons)[number];

const isKnown = (r: string): r is KnownReason => (knownReasons as readonly string[]).includes(r);

/**
 * A send's reason split into the key the interface translates and the detail that follows it
 * ("no_consent: email consent is unknown"); anything else is kept whole as the detail.
 */
export function splitReason(reason: string): { key: KnownReason | null; detail: string | null } {
  const colon = reason.indexOf(':');
  const head = colon < 0 ? reason : reason.slice(0, colon);
  if (!isKnown(head)) return { key: null, detail: reason };
  const detail = colon < 0 ? '' : reason.slice(colon + 1).trim();
  return { key: head, detail: detail || null };
}

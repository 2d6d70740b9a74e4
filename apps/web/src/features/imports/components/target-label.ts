import { useTranslation } from 'react-i18next';

/**
 * Mapping targets the server always offers; their names are translated here. Custom fields, and
 * any target the server adds before this list knows it, keep the server's label. Dotted keys
 * ("line.sku") are nested in the locale files, so the key path reads them as is.
 */
export const standardTargets = [
  'fullName', 'firstName', 'lastName', 'displayName', 'email', 'emails', 'phone', 'phones', 'gender', 'birthday', 'locale',
  'timezone', 'addressCountry', 'addressCity', 'addressDistrict', 'addressPostcode', 'addressLine', 'companyName', 'jobTitle',
  'owner', 'source', 'lifecycleStage', 'tags', 'externalId', 'note', 'name', 'domain', 'industry', 'size', 'taxId',
  // Orders
  'orderId', 'placedAt', 'status', 'currency', 'subtotal', 'discount', 'shipping', 'tax', 'total', 'couponCode', 'channel',
  'storeId', 'contact.externalId', 'contact.email', 'line.sku', 'line.name', 'line.category', 'line.quantity', 'line.unitPrice',
  'line.discount',
  // Products
  'sku', 'category', 'price', 'imageUrl', 'url', 'stock',
] as const;
type StandardTarget = (typeof standardTargets)[number];
const isStandard = (key: string): key is StandardTarget => (standardTargets as readonly string[]).includes(key);

/** The label of a mapping target in the reader's language. */
export function useTargetLabel() {
  const { t } = useTranslation('imports');
  return (target: { key: string; label: string }) => (isStandard(target.key) ? t(`targets.${target.key}`) : target.label);
}

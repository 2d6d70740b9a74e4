import { useTranslation } from 'react-i18next';

/** Mapping targets the server always offers; their names are translated here. Custom fields keep their own label. */
const standardTargets = [
  'fullName', 'firstName', 'lastName', 'displayName', 'email', 'emails', 'phone', 'phones', 'gender', 'birthday', 'locale',
  'timezone', 'addressCountry', 'addressCity', 'addressDistrict', 'addressPostcode', 'addressLine', 'companyName', 'jobTitle',
  'owner', 'source', 'lifecycleStage', 'tags', 'externalId', 'note', 'name', 'domain', 'industry', 'size', 'taxId',
] as const;
type StandardTarget = (typeof standardTargets)[number];
const isStandard = (key: string): key is StandardTarget => (standardTargets as readonly string[]).includes(key);

/** The label of a mapping target in the reader's language. */
export function useTargetLabel() {
  const { t } = useTranslation('imports');
  return (target: { key: string; label: string }) => (isStandard(target.key) ? t(`targets.${target.key}`) : target.label);
}

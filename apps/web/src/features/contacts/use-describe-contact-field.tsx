import { companyRoles, consentChannels, consentStatuses, genders } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { CompanyLink } from '../companies';
import { formatCustomValue, useCustomFields, useOwnerName } from '../custom-fields';
import { useLifecycleStages } from '../settings';
import type { DescribeField } from '../timeline';
import { languageName } from './contact-options';

const standard = [
  'firstName',
  'lastName',
  'displayName',
  'email',
  'emails',
  'phone',
  'phones',
  'gender',
  'birthday',
  'locale',
  'timezone',
  'companyId',
  'companyRole',
  'jobTitle',
  'ownerId',
  'source',
  'lifecycleStage',
  'tags',
  'externalId',
] as const;
const addressParts = ['country', 'city', 'district', 'postcode', 'line'] as const;
const isIn = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Labels and value formats of contact fields, for field changes on the timeline. */
export function useDescribeContactField(): DescribeField {
  const { t, i18n } = useTranslation(['contacts', 'companies', 'fields']);
  const fields = useCustomFields('contact');
  const ownerName = useOwnerName();
  const { labelOf } = useLifecycleStages();
  const lng = i18n.language;
  const regions = new Intl.DisplayNames([lng], { type: 'region' });
  const text = (format: (v: string) => string | null) => (v: unknown) => (typeof v === 'string' ? format(v) : null);

  return (path) => {
    if (path.startsWith('custom.')) {
      const key = path.slice('custom.'.length);
      const field = fields.data?.find((f) => f.key === key);
      if (!field) return { label: key };
      return { label: field.label, format: (v) => formatCustomValue(field, v, lng, [t('fields:value.yes'), t('fields:value.no')]) };
    }
    if (path.startsWith('address.')) {
      const part = path.slice('address.'.length);
      if (!isIn(addressParts, part)) return { label: path };
      return { label: t(`fields:address.${part}`), format: part === 'country' ? text((v) => regions.of(v) ?? v) : undefined };
    }
    if (path.startsWith('consent.')) {
      // Consent changes are audited as "consent.<channel>" too; consent entries show them with source and proof.
      const channel = path.slice('consent.'.length);
      const label = isIn(consentChannels, channel) ? t(`consent.channels.${channel}`) : channel;
      return {
        label: `${t('consent.title')} · ${label}`,
        hidden: true,
        format: text((v) => (isIn(consentStatuses, v) ? t(`consent.statuses.${v}`) : v)),
      };
    }
    if (!isIn(standard, path)) return { label: path };
    switch (path) {
      case 'companyId':
        return { label: t('fields.company'), render: (v) => (typeof v === 'string' ? <CompanyLink id={v} fallback={t('companies:deleted')} /> : null) };
      case 'ownerId':
        return { label: t('fields.owner'), format: text(ownerName) };
      case 'lifecycleStage':
        return { label: t('fields.lifecycleStage'), format: text(labelOf) };
      case 'gender':
        return { label: t('fields.gender'), format: text((v) => (isIn(genders, v) ? t(`genders.${v}`) : v)) };
      case 'companyRole':
        return { label: t('fields.companyRole'), format: text((v) => (isIn(companyRoles, v) ? t(`companies:roles.${v}`) : v)) };
      case 'locale':
        return { label: t('fields.locale'), format: text((v) => languageName(lng, v)) };
      default:
        return { label: t(`fields.${path}`) };
    }
  };
}

import { useTranslation } from 'react-i18next';
import { formatCustomValue, useCustomFields, useOwnerName } from '../custom-fields';
import type { DescribeField } from '../timeline';

const standard = ['name', 'domain', 'industry', 'size', 'taxId', 'ownerId', 'tags', 'externalId'] as const;
type Standard = (typeof standard)[number];
const isStandard = (p: string): p is Standard => (standard as readonly string[]).includes(p);
const addressParts = ['country', 'city', 'district', 'postcode', 'line'] as const;
type AddressPart = (typeof addressParts)[number];
const isAddressPart = (p: string): p is AddressPart => (addressParts as readonly string[]).includes(p);

/** Labels and value formats of company fields, for field changes on the timeline. */
export function useDescribeCompanyField(): DescribeField {
  const { t, i18n } = useTranslation(['companies', 'fields']);
  const fields = useCustomFields('company');
  const ownerName = useOwnerName();
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });

  return (path) => {
    if (path.startsWith('custom.')) {
      const key = path.slice('custom.'.length);
      const field = fields.data?.find((f) => f.key === key);
      if (!field) return { label: key };
      return { label: field.label, format: (v) => formatCustomValue(field, v, i18n.language, [t('fields:value.yes'), t('fields:value.no')]) };
    }
    if (path.startsWith('address.')) {
      const part = path.slice('address.'.length);
      if (!isAddressPart(part)) return { label: path };
      return {
        label: t(`fields:address.${part}`),
        format: part === 'country' ? (v) => (typeof v === 'string' ? (regions.of(v) ?? v) : null) : undefined,
      };
    }
    if (!isStandard(path)) return { label: path };
    if (path === 'ownerId') return { label: t('fields.owner'), format: (v) => (typeof v === 'string' ? ownerName(v) : null) };
    if (path === 'size') return { label: t('fields.size'), format: (v) => (typeof v === 'string' ? t('size', { range: v }) : null) };
    return { label: t(`fields.${path}`) };
  };
}

import { companyRoles, genders, type Contact } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { formatAddress, formatCustomValue, useCustomFields, useOwnerName } from '../custom-fields';
import { useLifecycleStages } from '../settings';
import { fieldValue, isEmptyValue, type MergeField } from './merge-picks';

const isIn = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

function languageName(lng: string, tag: string): string {
  try {
    return `${new Intl.DisplayNames([lng], { type: 'language' }).of(tag) ?? tag} (${tag})`;
  } catch {
    return tag;
  }
}

/** Labels of merge fields and their values as text, in the reader's language. */
export function useFormatMergeValue() {
  const { t, i18n } = useTranslation(['merge', 'companies', 'fields']);
  const customFields = useCustomFields('contact');
  const ownerName = useOwnerName();
  const { labelOf } = useLifecycleStages();
  const lng = i18n.language;
  const regions = new Intl.DisplayNames([lng], { type: 'region' });

  const label = (field: MergeField): string => {
    if (field.startsWith('custom.')) {
      const key = field.slice('custom.'.length);
      return customFields.data?.find((f) => f.key === key)?.label ?? key;
    }
    return t(`merge:fields.${field as Exclude<MergeField, `custom.${string}`>}`);
  };

  const value = (contact: Contact, field: MergeField): string | null => {
    const v = fieldValue(contact, field);
    if (isEmptyValue(v)) return null;
    if (field.startsWith('custom.')) {
      const def = customFields.data?.find((f) => f.key === field.slice('custom.'.length));
      if (def) return formatCustomValue(def, v, lng, [t('fields:value.yes'), t('fields:value.no')]);
      return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
    }
    switch (field) {
      case 'address':
        return formatAddress(contact.address, (code) => regions.of(code) ?? code);
      case 'companyId':
        return contact.company?.name ?? String(v as string);
      case 'ownerId':
        return ownerName(contact.ownerId);
      case 'lifecycleStage':
        return labelOf(contact.lifecycleStage);
      case 'gender':
        return isIn(genders, v) ? t(`merge:genders.${v}`) : String(v as string);
      case 'companyRole':
        return isIn(companyRoles, v) ? t(`companies:roles.${v}`) : String(v as string);
      case 'birthday':
        return formatDate(`${String(v as string)}T12:00:00Z`, lng);
      case 'locale':
        return languageName(lng, String(v as string));
      default:
        return String(v as string);
    }
  };

  return { label, value };
}

import type { FieldDescriptor, SegmentCatalog } from '@rapport/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../views';
import { fieldScopes, groupedChoices, innerPath, scopeOf, translateFields, type FieldText } from '../../model/fields';

/**
 * The catalogue's profile and model fields, named in the interface language, with the picker's
 * groups. Contact fields keep the list builder's names (useLookups); consent channels, computed
 * traits, company fields and model outputs get the segment builder's own.
 */
export function useBuilderFields(catalog: SegmentCatalog) {
  const { t, i18n } = useTranslation('segments');
  const { labels } = useLookups();
  return useMemo(() => {
    // A translation where this client has one; otherwise the server's English name stays.
    const known = (key: string): string | null => (i18n.exists(key) ? String(i18n.t(key as never)) : null);
    const text: FieldText = {
      label: (f) => {
        const inner = innerPath(f.path);
        switch (scopeOf(f.path)) {
          case 'consent':
            return t('fields.consentOf', { channel: known(`segments:channels.${inner}`) ?? inner });
          case 'traits':
            return known(`segments:fields.traits.${inner}`);
          case 'company': {
            const name = known(`views:entityFieldLabels.company.${inner}`) ?? known(`views:fieldLabels.${inner}`) ?? f.label.replace(/^[^:]*:\s*/, '');
            return t('fields.companyOf', { field: name });
          }
          case 'contact':
            return known(`segments:fields.models.${f.path}`);
        }
      },
      option: (f, value) => {
        if (f.path.startsWith('consent.')) return known(`segments:consentStatuses.${value}`);
        if (f.path === 'rfm.group') return known(`segments:rfmGroups.${value}`);
        if (f.path === 'nasld.state') return known(`segments:nasldStates.${value}`);
        return f.path.startsWith('company.') ? known(`views:options.${innerPath(f.path)}.${value}`) : null;
      },
    };
    const profile = translateFields(catalog.profile, text);
    const models = translateFields(catalog.models, text);
    const label = (f: FieldDescriptor) => labels.field(f);
    const profileChoices = groupedChoices(profile, (f) => scopeOf(f.path), fieldScopes.map((key) => ({ key, label: t(`fieldGroups.${key}`) })), label);
    const modelGroups = ['rfm', 'nasld', 'other'] as const;
    const modelOf = (f: FieldDescriptor) => modelGroups.find((g) => f.path.startsWith(`${g}.`)) ?? 'other';
    const modelChoices = groupedChoices(models, modelOf, modelGroups.map((key) => ({ key, label: t(`fieldGroups.${key}`) })), label);
    return { profile, models, profileChoices, modelChoices };
  }, [catalog, t, i18n, labels]);
}

export type BuilderFields = ReturnType<typeof useBuilderFields>;

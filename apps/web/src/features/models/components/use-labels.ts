import type { NasldState } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { isRfmGroup } from '../model/rfm-groups';

/** Translated names of RFM groups and NASLD states; a group the map does not name reads "No group". */
export function useModelLabels() {
  const { t } = useTranslation('models');
  return {
    group: (g: string | null | undefined) => (isRfmGroup(g) ? t(`groups.${g}`) : g && g !== 'unmapped' ? g : t('groups.unmapped')),
    state: (s: NasldState) => t(`states.${s}.name`),
  };
}

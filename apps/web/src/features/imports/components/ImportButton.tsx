import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../import-status';
import { ButtonLink } from './ButtonLink';

/** "Import": opens the import wizard with the entity chosen. For the contacts and companies list headers. */
export function ImportButton({ entity = 'contacts' }: { entity?: ImportEntity }) {
  const { t } = useTranslation('imports');
  return (
    <ButtonLink to="/imports/new" search={{ entity }} variant="default" leftSection={<IconFileImport size={16} />} data-testid="import-open">
      {t('entry.import')}
    </ButtonLink>
  );
}

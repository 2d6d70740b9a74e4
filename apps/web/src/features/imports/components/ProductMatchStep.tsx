import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Step 4 for products: nothing to choose, since a product is its SKU. */
export function ProductMatchStep() {
  const { t } = useTranslation('imports');
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('duplicates.match')}>
      {t('duplicates.productMatch')}
    </Alert>
  );
}

import { Button } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** "Duplicates": opens the list of likely duplicate contacts. For the contacts list header. */
export function DuplicatesButton() {
  const { t } = useTranslation('merge');
  return (
    <Button component={Link} to="/contacts/duplicates" variant="default" leftSection={<IconUsers size={16} />} data-testid="duplicates-open">
      {t('entry')}
    </Button>
  );
}

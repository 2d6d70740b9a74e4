import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canAdminister, useRole } from '../../auth';

/** Renders its children for owners and admins; everyone else sees why they can't. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('settings');
  if (canAdminister(useRole())) return <>{children}</>;
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t('adminOnly.title')}>
      {t('adminOnly.message')}
    </Alert>
  );
}

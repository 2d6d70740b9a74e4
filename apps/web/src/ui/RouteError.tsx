import { Button, Center, EmptyState } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/notify';

/** Shown when a page cannot load at all, e.g. the server is down. */
export function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  const { t } = useTranslation();
  return (
    <Center py={80} px="md">
      <EmptyState icon={<IconPlugConnectedX size={28} />} variant="light" color="red" title={t('errors.pageTitle')} description={errorMessage(error)}>
        <EmptyState.Actions>
          <Button onClick={reset}>{t('actions.retry')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

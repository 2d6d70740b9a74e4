import { Button, Center, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py={80}>
      <EmptyState icon={<IconMapOff size={28} />} variant="light" title={t('notFound.title')} description={t('notFound.description')}>
        <EmptyState.Actions>
          <Button component={Link} to="/contacts">
            {t('notFound.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

import { Badge, EmptyState, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Placeholder for an area that is planned but not built yet. */
export function ComingSoon({ title, icon }: { title: string; icon: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="xl" mt="md">
      <Stack align="center" py={48}>
        <EmptyState
          variant="light"
          size="lg"
          icon={icon}
          title={t('comingSoon.title', { area: title })}
          description={t('comingSoon.description', { area: title })}
        />
        <Badge variant="light" size="lg" radius="sm">
          {t('comingSoon.badge')}
        </Badge>
      </Stack>
    </Paper>
  );
}

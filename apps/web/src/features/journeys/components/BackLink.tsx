import { Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';

export function BackLink() {
  const { t } = useTranslation('journeys');
  return (
    <AnchorLink to="/journeys" size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('editor.back')}
      </Group>
    </AnchorLink>
  );
}

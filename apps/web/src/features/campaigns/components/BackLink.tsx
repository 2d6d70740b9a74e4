import { Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';

/** Back to the list of campaigns. */
export function BackLink() {
  const { t } = useTranslation('campaigns');
  return (
    <AnchorLink to="/campaigns" size="sm" c="dimmed" w="fit-content" data-testid="back">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('detail.back')}
      </Group>
    </AnchorLink>
  );
}

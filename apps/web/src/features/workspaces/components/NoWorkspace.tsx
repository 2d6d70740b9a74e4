import { Button, Center, EmptyState } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateWorkspaceModal } from './CreateWorkspaceModal';

/** Shown when the user belongs to no workspace (e.g. after being removed from their last one). */
export function NoWorkspace() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <Center py={80}>
      <EmptyState icon={<IconBuildingCommunity size={28} />} variant="light" title={t('workspace.noneTitle')} description={t('workspace.noneHint')}>
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
            {t('workspace.create')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
      <CreateWorkspaceModal opened={opened} onClose={modal.close} />
    </Center>
  );
}

import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { CreatedApiKey } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../ui/CopyField';

/** Shows a new key's secret, the only time it is visible. */
export function ApiKeySecretModal({ apiKey, onClose }: { apiKey: CreatedApiKey | null; onClose: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <Modal
      opened={apiKey !== null}
      onClose={onClose}
      title={t('apiKeys.secretTitle')}
      centered
      size="lg"
      closeOnClickOutside={false}
    >
      {apiKey ? (
        <Stack>
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('apiKeys.secretWarning')}
          </Alert>
          <CopyField label={apiKey.name} value={apiKey.key} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('apiKeys.secretDone')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { importEntities, type ImportPreview } from '@rapport/contracts';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/notify';
import { useUploadImport } from '../api/upload-import';
import type { ImportEntity } from '../import-status';
import { FileDrop } from './FileDrop';

/** The title for a failed upload: too large, unreadable, or otherwise refused. */
function uploadErrorTitle(error: unknown): 'upload.tooLarge' | 'upload.unreadable' | 'upload.failed' {
  if (isApiError(error) && error.status === 413) return 'upload.tooLarge';
  if (isApiError(error) && error.status === 422) return 'upload.unreadable';
  return 'upload.failed';
}

interface UploadStepProps {
  entity: ImportEntity;
  onEntityChange: (entity: ImportEntity) => void;
  onUploaded: (preview: ImportPreview) => void;
}

/** Step 1: what the file holds, and the file. Uploading it makes the import. */
export function UploadStep({ entity, onEntityChange, onUploaded }: UploadStepProps) {
  const { t } = useTranslation('imports');
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport();

  const submit = () => {
    if (file) upload.mutate({ file, entity }, { onSuccess: onUploaded });
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text size="sm" fw={500} id="import-entity-label">
          {t('upload.entity')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-entity-label"
          value={entity}
          onChange={(v) => onEntityChange(v as ImportEntity)}
          data={importEntities.map((value) => ({ value, label: t(`entities.${value}`) }))}
          w="fit-content"
          data-testid="import-entity"
        />
      </Stack>
      <FileDrop
        file={file}
        disabled={upload.isPending}
        onFile={(f) => {
          setFile(f);
          upload.reset();
        }}
      />
      {upload.isError ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t(uploadErrorTitle(upload.error))} data-testid="import-upload-error">
          {errorMessage(upload.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={submit} disabled={!file} loading={upload.isPending} rightSection={<IconArrowRight size={16} />} data-testid="import-next">
          {t('wizard.upload')}
        </Button>
      </Group>
    </Stack>
  );
}

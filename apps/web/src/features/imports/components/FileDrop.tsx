import '@mantine/dropzone/styles.css';
import { Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const accept = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

interface FileDropProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** Drop a CSV or XLSX file here, or click to choose one. */
export function FileDrop({ file, onFile, disabled }: FileDropProps) {
  const { t, i18n } = useTranslation('imports');
  const size = (bytes: number) => new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024);
  return (
    <Dropzone
      onDrop={(files) => files[0] && onFile(files[0])}
      accept={accept}
      multiple={false}
      disabled={disabled}
      aria-label={t('upload.drop')}
      inputProps={{ 'aria-label': t('upload.fileLabel'), ...({ 'data-testid': 'import-file-input' } as object) }}
    >
      <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={44} stroke={1.5} />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={44} stroke={1.5} />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileSpreadsheet size={44} stroke={1.5} />
        </Dropzone.Idle>
        <Stack gap={4}>
          {file ? (
            <>
              <Text fw={600} data-testid="import-file-name">
                {file.name}
              </Text>
              <Text size="sm" c="dimmed">
                {t('upload.chosen', { size: size(file.size) })}
              </Text>
            </>
          ) : (
            <>
              <Text fw={600}>{t('upload.drop')}</Text>
              <Text size="sm" c="dimmed">
                {t('upload.dropHint')}
              </Text>
            </>
          )}
        </Stack>
      </Group>
    </Dropzone>
  );
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import type { Import } from '@rapport/contracts';
import { IconAlertTriangle, IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isImportActive } from '../import-status';
import { ImportCounts } from './ImportCounts';
import { ImportProgress } from './ImportProgress';
import { RejectsTable } from './RejectsTable';

interface DryRunStepProps {
  imp: Import;
  onRun: () => void;
  starting: boolean;
}

/** Step 5: run the import without writing, and see what it would do and which rows it would reject. */
export function DryRunStep({ imp, onRun, starting }: DryRunStepProps) {
  const { t } = useTranslation('imports');
  const active = isImportActive(imp.status);
  const ran = imp.isDryRun && imp.status !== 'uploaded';
  const done = imp.isDryRun && imp.status === 'completed';
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('dryRun.hint')}
      </Text>
      <Button
        leftSection={<IconFlask size={16} />}
        variant={done ? 'default' : 'filled'}
        onClick={onRun}
        loading={starting || (imp.isDryRun && active)}
        w="fit-content"
        data-testid="import-dry-run"
      >
        {done ? t('dryRun.again') : t('dryRun.run')}
      </Button>
      {ran ? <ImportProgress imp={imp} /> : null}
      {imp.isDryRun && imp.status === 'failed' ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('dryRun.failed')}>
          {imp.error}
        </Alert>
      ) : null}
      {done ? (
        <>
          <ImportCounts counts={imp.counts} dryRun />
          {imp.counts.rejected > 0 ? <RejectsTable importId={imp.id} headers={imp.headers} run={imp.finishedAt} limit={10} /> : null}
        </>
      ) : null}
    </Stack>
  );
}

import { Alert, Skeleton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { useImport } from '../api/import';
import { useImportPreview } from '../api/import-preview';
import { isImportActive, isImportEditable } from '../import-status';
import { ButtonLink } from './ButtonLink';
import { DraftSteps } from './DraftSteps';

interface ImportDraftProps {
  id: string;
  step: number;
  onStep: (step: number) => void;
}

/** Steps 2–6 of the wizard for an uploaded file: loads it, then hands over to the steps. */
export function ImportDraft({ id, step, onStep }: ImportDraftProps) {
  const { t } = useTranslation('imports');
  const preview = useImportPreview(id);
  const imp = useImport(id);

  if (preview.isError) return <QueryError error={preview.error} onRetry={() => void preview.refetch()} />;
  if (imp.isError) return <QueryError error={imp.error} onRetry={() => void imp.refetch()} />;
  if (preview.isPending || imp.isPending) return <Skeleton h={320} radius="md" />;

  const dryRunning = imp.data.isDryRun && isImportActive(imp.data.status);
  if (!isImportEditable(imp.data) && !dryRunning) {
    return (
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('wizard.startedTitle')}>
        {t('wizard.started')}
        <ButtonLink to="/imports/$importId" params={{ importId: id }} size="xs" variant="light" ml="md">
          {t('wizard.viewImport')}
        </ButtonLink>
      </Alert>
    );
  }
  // A new encoding reads new text, so the draft starts over from the reloaded preview.
  return (
    <DraftSteps
      key={preview.data.import.options.encoding ?? ''}
      preview={preview.data}
      imp={imp.data}
      step={step}
      onStep={onStep}
      refreshing={preview.isFetching}
    />
  );
}

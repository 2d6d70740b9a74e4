import { Button, Paper } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportDraft } from '../components/ImportDraft';
import { UploadStep } from '../components/UploadStep';
import { WizardStepper } from '../components/WizardStepper';

const route = getRouteApi('/_app/imports/new');

/**
 * The import wizard. The import's id and the step live in the URL, so a reload or the back
 * button lands on the same step; everything else is on the server once uploaded.
 */
export function ImportWizardPage() {
  const { t } = useTranslation('imports');
  // The entity is in the URL from the start, so the steps can be named for it before the upload.
  const { id, step = 0, entity = 'contacts' } = route.useSearch();
  const navigate = route.useNavigate();
  const active = id ? step : 0;
  const go = (next: number) => void navigate({ search: (prev) => ({ ...prev, step: next }) });

  return (
    <>
      <PageHeader
        title={t('wizard.title')}
        description={t('wizard.description')}
        actions={
          <Button component={Link} to="/imports" variant="default" leftSection={<IconHistory size={16} />}>
            {t('list.title')}
          </Button>
        }
      />
      <WizardStepper active={active} entity={entity} onStepClick={(s) => s < active && go(s)} />
      <Paper withBorder radius="md" p="lg">
        {id && active > 0 ? (
          <ImportDraft id={id} step={active} onStep={go} />
        ) : (
          <UploadStep
            entity={entity}
            onEntityChange={(next) => void navigate({ search: (prev) => ({ ...prev, entity: next }), replace: true })}
            onUploaded={(preview) => void navigate({ search: { id: preview.import.id, step: 1, entity: preview.import.entity } })}
          />
        )}
      </Paper>
    </>
  );
}

import { Alert } from '@mantine/core';
import type { Import, ImportPreview } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/notify';
import { useStartImport } from '../api/start-import';
import { useUpdateImport } from '../api/update-import';
import { isImportActive } from '../import-status';
import { duplicateTargets, hasMappingErrors, initialMapping, placeSaveErrors, type Mapping } from '../mapping';
import { browserTimeZone, initialOrderOptions, isCurrencyCode, orderOptionsInput, type OrderOptions } from '../order-options';
import { DryRunStep } from './DryRunStep';
import { DuplicatesStep, type DuplicateRules } from './DuplicatesStep';
import { MappingStep } from './MappingStep';
import { OrderOptionsStep } from './OrderOptionsStep';
import { PreviewStep } from './PreviewStep';
import { ProductMatchStep } from './ProductMatchStep';
import { StartStep } from './StartStep';
import { WizardNav } from './WizardNav';

interface DraftStepsProps {
  preview: ImportPreview;
  imp: Import;
  step: number;
  onStep: (step: number) => void;
  refreshing: boolean;
}

/** The editable steps. The mapping and rules are a draft here until Next saves them. */
export function DraftSteps({ preview, imp, step, onStep, refreshing }: DraftStepsProps) {
  const { t } = useTranslation('imports');
  const navigate = useNavigate();
  const headers = imp.headers;
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(headers, imp.options.mapping, preview.suggestedMapping));
  const [rules, setRules] = useState<DuplicateRules>(() => ({ match: imp.options.match, onDuplicate: imp.options.onDuplicate, tags: imp.options.tags }));
  const [orderOptions, setOrderOptions] = useState<OrderOptions>(() => initialOrderOptions(imp.options, browserTimeZone()));
  // Saved after the last dry run finished: its counts may no longer hold.
  const [changedSinceDryRun, setChangedSinceDryRun] = useState(false);
  const save = useUpdateImport(imp.id);
  const start = useStartImport(imp.id);
  const errors = placeSaveErrors(save.error, headers);
  const otherErrors = [...errors.other, ...(errors.unplaced ? [errorMessage(save.error)] : [])];

  const saveThen = (next: number, input: Parameters<typeof save.mutate>[0]) =>
    save.mutate(input, {
      onSuccess: () => {
        if (imp.isDryRun) setChangedSinceDryRun(true);
        onStep(next);
      },
      onError: (e) => {
        if (step !== 2 && hasMappingErrors(placeSaveErrors(e, headers))) onStep(2);
      },
    });

  // Orders and products are matched by order id and SKU: the duplicate rules and tags are for people and companies.
  const rulesInput = () => {
    if (imp.entity === 'orders') return { mapping, ...orderOptionsInput(orderOptions) };
    if (imp.entity === 'products') return { mapping };
    return { mapping, ...rules };
  };
  const badCurrency = imp.entity === 'orders' && orderOptions.currency.trim() !== '' && !isCurrencyCode(orderOptions.currency);

  const errorAlert =
    otherErrors.length > 0 ? (
      <Alert color="red" variant="light" mt="md" icon={<IconAlertTriangle size={18} />} data-testid="import-save-error">
        {otherErrors.join(' · ')}
      </Alert>
    ) : null;

  switch (step) {
    case 1:
      return (
        <>
          <PreviewStep preview={preview} imp={imp} refreshing={refreshing} />
          <WizardNav onBack={() => onStep(0)} onNext={() => onStep(2)} nextDisabled={refreshing} />
        </>
      );
    case 2:
      return (
        <>
          <MappingStep
            preview={preview}
            headers={headers}
            mapping={mapping}
            errors={errors}
            onChange={(header, target) => {
              save.reset();
              setMapping((m) => ({ ...m, [header]: target }));
            }}
          />
          {errorAlert}
          <WizardNav
            onBack={() => onStep(1)}
            onNext={() => saveThen(3, { mapping })}
            nextDisabled={duplicateTargets(mapping).size > 0}
            loading={save.isPending}
          />
        </>
      );
    case 3:
      return (
        <>
          {imp.entity === 'orders' ? <OrderOptionsStep options={orderOptions} onChange={setOrderOptions} errors={errors.options} /> : null}
          {imp.entity === 'products' ? <ProductMatchStep /> : null}
          {imp.entity === 'contacts' || imp.entity === 'companies' ? (
            <DuplicatesStep entity={imp.entity} rules={rules} onChange={setRules} tagsError={errors.tags} />
          ) : null}
          {errorAlert}
          <WizardNav onBack={() => onStep(2)} onNext={() => saveThen(4, rulesInput())} nextDisabled={badCurrency} loading={save.isPending} />
        </>
      );
    case 4:
      return (
        <>
          {changedSinceDryRun && imp.isDryRun && imp.status === 'completed' ? (
            <Alert color="yellow" variant="light" mb="md">
              {t('dryRun.stale')}
            </Alert>
          ) : null}
          <DryRunStep
            imp={imp}
            starting={start.isPending}
            onRun={() => start.mutate({ dryRun: true }, { onSuccess: () => setChangedSinceDryRun(false) })}
          />
          <WizardNav onBack={() => onStep(3)} onNext={() => onStep(5)} nextDisabled={isImportActive(imp.status)} />
        </>
      );
    default:
      return (
        <>
          <StartStep
            imp={imp}
            starting={start.isPending}
            onStart={() =>
              start.mutate({ dryRun: false }, { onSuccess: (started) => void navigate({ to: '/imports/$importId', params: { importId: started.id } }) })
            }
          />
          <WizardNav onBack={() => onStep(4)} />
        </>
      );
  }
}

import { Select } from '@mantine/core';
import { importEncodings, type Import } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/notify';
import { useUpdateImport } from '../api/update-import';

type Encoding = (typeof importEncodings)[number];
const isEncoding = (v: string | null): v is Encoding => Boolean(v && (importEncodings as readonly string[]).includes(v));

/** The text encoding the CSV is read in: detected, or set here; the preview reloads after a change. */
export function EncodingSelect({ imp, disabled }: { imp: Import; disabled?: boolean }) {
  const { t } = useTranslation('imports');
  const update = useUpdateImport(imp.id);
  const current = imp.options.encoding ?? imp.encoding;
  return (
    <Select
      label={t('preview.encoding')}
      description={imp.encoding ? t('preview.detected', { encoding: t(`encodings.${isEncoding(imp.encoding) ? imp.encoding : 'utf-8'}`) }) : undefined}
      data={importEncodings.map((e) => ({ value: e, label: t(`encodings.${e}`) }))}
      value={isEncoding(current) ? current : null}
      onChange={(v) => isEncoding(v) && update.mutate({ encoding: v })}
      allowDeselect={false}
      disabled={disabled || update.isPending}
      error={update.isError ? errorMessage(update.error) : undefined}
      w={260}
      data-testid="import-encoding"
    />
  );
}

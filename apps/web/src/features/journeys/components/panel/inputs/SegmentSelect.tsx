import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSegments } from '../../../../segments';

interface Props {
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  testId?: string;
  disabled?: boolean;
}

/** A segment or list of the workspace, by name. */
export function SegmentSelect({ label, value, onChange, error, testId, disabled }: Props) {
  const { t } = useTranslation('journeys');
  const segments = useSegments();
  const data = (segments.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  // A segment deleted since stays shown by its id, so the step does not look empty.
  if (value && segments.data && !data.some((d) => d.value === value)) data.unshift({ value, label: value });
  return (
    <Select
      label={label}
      placeholder={t('branch.segmentPlaceholder')}
      data={data}
      value={value || null}
      onChange={(id) => id && onChange(id)}
      searchable
      allowDeselect={false}
      error={error}
      disabled={disabled || segments.isPending}
      data-testid={testId}
    />
  );
}

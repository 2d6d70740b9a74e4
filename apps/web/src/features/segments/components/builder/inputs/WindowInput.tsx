import { Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import type { SegmentWindow } from '@rapport/contracts';
import { maxWindowDays } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** When events or orders count: ever, in the last N days, or between two dates. */
export function WindowInput({ value, onChange }: { value: SegmentWindow; onChange: (w: SegmentWindow) => void }) {
  const { t } = useTranslation('segments');
  const setKind = (kind: string | null) => {
    if (kind === 'ever') onChange({ kind: 'ever' });
    if (kind === 'last_days') onChange({ kind: 'last_days', days: value.kind === 'last_days' ? value.days : 30 });
    if (kind === 'between') onChange(value.kind === 'between' ? value : { kind: 'between', from: daysAgo(30), to: today() });
  };
  return (
    <Group gap={6} wrap="wrap" align="flex-start">
      <Select
        size="xs"
        w={150}
        aria-label={t('window.label')}
        data={(['ever', 'last_days', 'between'] as const).map((k) => ({ value: k, label: t(`window.${k}`) }))}
        value={value.kind}
        onChange={setKind}
        allowDeselect={false}
      />
      {value.kind === 'last_days' ? (
        <NumberInput
          size="xs"
          w={120}
          aria-label={t('window.days')}
          min={1}
          max={maxWindowDays}
          allowDecimal={false}
          value={value.days}
          onChange={(v) => typeof v === 'number' && onChange({ kind: 'last_days', days: v })}
          rightSection={<Text size="xs" c="dimmed">{t('units.days')}</Text>}
          rightSectionWidth={48}
        />
      ) : null}
      {value.kind === 'between' ? (
        <>
          <TextInput size="xs" type="date" aria-label={t('window.from')} value={value.from} onChange={(e) => onChange({ ...value, from: e.currentTarget.value })} />
          <Text size="xs" c="dimmed" pt={6}>
            {t('window.to')}
          </Text>
          <TextInput size="xs" type="date" aria-label={t('window.toLabel')} value={value.to} onChange={(e) => onChange({ ...value, to: e.currentTarget.value })} />
        </>
      ) : null}
    </Group>
  );
}

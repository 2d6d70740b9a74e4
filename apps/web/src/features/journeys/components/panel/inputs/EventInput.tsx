import { Autocomplete, Stack, Text } from '@mantine/core';
import type { PropertyFilter } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { PropertyFilters, useSegmentCatalog } from '../../../../segments';

interface Props {
  label: string;
  event: string;
  where: PropertyFilter[];
  onChange: (value: { event: string; where: PropertyFilter[] }) => void;
  error?: string | undefined;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
}

/** An event by name (those received suggested first) and, optionally, filters on its properties. */
export function EventInput({ label, event, where, onChange, error, placeholder, testId, disabled }: Props) {
  const { t } = useTranslation('journeys');
  const catalog = useSegmentCatalog();
  const events = catalog.data?.events.filter((e) => e.type === 'track') ?? [];
  const names = [...new Set(events.map((e) => e.name))];
  const keys = events.find((e) => e.name === event)?.propertyKeys ?? [];
  return (
    <Stack gap={6}>
      <Autocomplete
        label={label}
        placeholder={placeholder}
        data={names}
        value={event}
        onChange={(name) => onChange({ event: name, where: name === event ? where : [] })}
        error={error}
        disabled={disabled}
        data-testid={testId}
      />
      {event && !disabled ? (
        <Stack gap={2}>
          {where.length ? (
            <Text size="xs" c="dimmed">
              {t('settings.where')}
            </Text>
          ) : null}
          <PropertyFilters value={where} onChange={(next) => onChange({ event, where: next ?? [] })} keys={keys} />
        </Stack>
      ) : null}
    </Stack>
  );
}

import { Alert, Select, Stack, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlacedErrors } from '../mapping';
import { isCurrencyCode, type OrderOptions } from '../order-options';

const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];

interface OrderOptionsStepProps {
  options: OrderOptions;
  onChange: (options: OrderOptions) => void;
  errors: PlacedErrors['options'];
}

/** Step 4 for orders: how rows become orders, and how to read amounts, dates and cancellations. */
export function OrderOptionsStep({ options, onChange, errors }: OrderOptionsStepProps) {
  const { t } = useTranslation('imports');
  // A zone this browser names differently (an old alias) stays choosable.
  const zones = timeZones.includes(options.timezone) ? timeZones : [options.timezone, ...timeZones];
  const currencyError = options.currency.trim() && !isCurrencyCode(options.currency) ? t('orderOptions.currencyFormat') : errors.currency;
  return (
    <Stack gap="lg" maw={520}>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('orderOptions.matchTitle')}>
        {t('orderOptions.match')}
      </Alert>
      <TextInput
        label={t('orderOptions.currency')}
        description={t('orderOptions.currencyHint')}
        placeholder="TWD"
        value={options.currency}
        onChange={(e) => onChange({ ...options, currency: e.currentTarget.value.toUpperCase() })}
        maxLength={3}
        w={200}
        error={currencyError}
        data-testid="import-currency"
      />
      <Select
        label={t('orderOptions.timezone')}
        description={t('orderOptions.timezoneHint')}
        data={zones}
        value={options.timezone}
        onChange={(v) => onChange({ ...options, timezone: v ?? 'UTC' })}
        allowDeselect={false}
        searchable
        error={errors.timezone}
        data-testid="import-timezone"
      />
      <TextInput
        label={t('orderOptions.cancelPrefix')}
        description={t('orderOptions.cancelPrefixHint')}
        placeholder="C"
        value={options.cancelPrefix}
        onChange={(e) => onChange({ ...options, cancelPrefix: e.currentTarget.value })}
        maxLength={10}
        w={200}
        error={errors.cancelPrefix}
        data-testid="import-cancel-prefix"
      />
    </Stack>
  );
}

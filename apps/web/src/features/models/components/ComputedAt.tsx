import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';

/** When the model last ran, relative, with the exact time on hover. */
export function ComputedAt({ at }: { at: string | null | undefined }) {
  const { t, i18n } = useTranslation('models');
  const lng = i18n.language;
  if (!at) {
    return (
      <Text size="sm" c="dimmed" data-testid="models-computed-at">
        {t('computed.never')}
      </Text>
    );
  }
  return (
    <Tooltip label={formatDateTime(at, lng)}>
      <Text size="sm" c="dimmed" data-testid="models-computed-at">
        {t('computed.at', { when: formatRelative(at, lng) })}
      </Text>
    </Tooltip>
  );
}

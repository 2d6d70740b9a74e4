import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';

/** "3 hours ago", with the exact time on hover. */
export function EntryTime({ at }: { at: string }) {
  const { i18n } = useTranslation();
  return (
    <Tooltip label={formatDateTime(at, i18n.language)}>
      <Text component="time" dateTime={at} size="xs" c="dimmed" w="fit-content">
        {formatRelative(at, i18n.language)}
      </Text>
    </Tooltip>
  );
}

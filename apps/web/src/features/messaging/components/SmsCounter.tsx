import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countSms } from '../model/sms-segments';

/** "72 characters · 2 parts · Unicode": what the text costs to send, as gateways count it. */
export function SmsCounter({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation('messaging');
  const count = countSms(text);
  return (
    <Text size="xs" c={count.segments > 1 ? 'orange' : 'dimmed'} data-testid={testId} data-segments={count.segments} data-encoding={count.encoding}>
      {t('sms.count', { count: count.units, segments: count.segments, remaining: count.remaining })} · {t(`sms.encoding.${count.encoding}`)}
    </Text>
  );
}

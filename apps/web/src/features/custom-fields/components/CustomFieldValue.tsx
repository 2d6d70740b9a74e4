import { Anchor, Text } from '@mantine/core';
import type { CustomField } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatCustomValue } from '../format-custom-value';

const safeUrl = (value: string) => (/^https?:\/\//i.test(value) ? value : `https://${value}`);

/** One custom value for reading: formatted for the language, links for emails, phones and URLs. */
export function CustomFieldValue({ field, value }: { field: CustomField; value: unknown }) {
  const { t, i18n } = useTranslation('fields');
  const text = formatCustomValue(field, value, i18n.language, [t('value.yes'), t('value.no')]);
  if (text === null) return <Text size="sm" c="dimmed">—</Text>;
  const href =
    field.type === 'email' ? `mailto:${text}` : field.type === 'phone' ? `tel:${text}` : field.type === 'url' ? safeUrl(text) : null;
  if (href) {
    return (
      <Anchor size="sm" href={href} target={field.type === 'url' ? '_blank' : undefined} rel="noopener noreferrer">
        {text}
      </Anchor>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: field.type === 'long_text' ? 'pre-wrap' : undefined }}>
      {text}
    </Text>
  );
}

import { Select, type BoxProps } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../lib/i18n';
import { isLanguageCode, languages } from '../lib/languages';

const options = languages.map((l) => ({ value: l.code, label: l.label }));

/** Language picker, labelled with native names. Its accessible name always contains "Language". */
export function LanguagePicker({ width = 150 }: { width?: BoxProps['w'] }) {
  const { t, i18n } = useTranslation();
  const value = currentLanguage();
  const ariaLabel = i18n.resolvedLanguage === 'en' ? 'Language' : `${t('language.label')} (Language)`;
  return (
    <Select
      aria-label={ariaLabel}
      data={options}
      value={value}
      onChange={(v) => v && isLanguageCode(v) && setLanguage(v)}
      allowDeselect={false}
      leftSection={<IconLanguage size={16} stroke={1.6} />}
      w={width}
      size="sm"
      comboboxProps={{ withinPortal: true, shadow: 'md' }}
    />
  );
}

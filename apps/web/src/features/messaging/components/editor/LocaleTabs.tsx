import { Button, Group, Indicator, Menu, Tabs } from '@mantine/core';
import { IconLanguage, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { defaultVariant } from '../../model/draft';

/** Locales offered for a new variant; the server takes any tag, these are the ones our users write in. */
const commonLocales = ['en', 'zh-TW', 'zh-CN', 'ja', 'ko', 'th', 'vi', 'id', 'ms', 'fr', 'de', 'es'];

/** "Japanese (ja)", in the reader's language. */
export function useLocaleName() {
  const { i18n } = useTranslation();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  } catch {
    // An engine without display names shows the bare tag.
  }
  return (tag: string) => {
    const name = names?.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  };
}

interface Props {
  locales: string[];
  active: string;
  onActive: (locale: string) => void;
  onAdd: (locale: string) => void;
  onRemove: (locale: string) => void;
  /** Variants with a message to show, marked on their tab. */
  withErrors: Set<string>;
}

/** A tab for the default content and one per locale variant, with adding and removing. */
export function LocaleTabs({ locales, active, onActive, onAdd, onRemove, withErrors }: Props) {
  const { t } = useTranslation('messaging');
  const localeName = useLocaleName();
  const addable = commonLocales.filter((l) => !locales.includes(l));
  const tab = (locale: string, label: string) => (
    <Tabs.Tab key={locale || 'default'} value={locale || 'default'} data-testid="locale-tab" data-locale={locale}>
      <Indicator color="red" size={7} offset={-4} disabled={!withErrors.has(locale)}>
        {label}
      </Indicator>
    </Tabs.Tab>
  );
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-end">
      <Tabs value={active || 'default'} onChange={(v) => onActive(v === 'default' || v === null ? defaultVariant : v)} style={{ flex: 1, minWidth: 0 }}>
        <Tabs.List>
          {tab(defaultVariant, t('locales.default'))}
          {locales.map((l) => tab(l, localeName(l)))}
        </Tabs.List>
      </Tabs>
      <Group gap="xs" wrap="nowrap">
        {active !== defaultVariant ? (
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => onRemove(active)} data-testid="locale-remove">
            {t('locales.remove')}
          </Button>
        ) : null}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" size="xs" leftSection={<IconLanguage size={14} />} rightSection={<IconPlus size={12} />} disabled={!addable.length} data-testid="locale-add">
              {t('locales.add')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
            <Menu.Label>{t('locales.addHint')}</Menu.Label>
            {addable.map((l) => (
              <Menu.Item key={l} onClick={() => onAdd(l)}>
                {localeName(l)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}

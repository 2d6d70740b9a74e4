import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconLanguage, IconMoon, IconPlus, IconSun } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canWrite, useRole } from '../../features/auth';
import { settingsTabs } from '../../features/settings';
import { setLanguage } from '../../lib/i18n';
import { languages } from '../../lib/languages';
import { areas } from '../navigation';

/** Navigation, creation, theme and language actions for the ⌘K palette. */
export function useStaticActions(): SpotlightActionGroupData[] {
  const { t } = useTranslation(['common', 'settings']);
  const navigate = useNavigate();
  const writable = canWrite(useRole());
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  const navigation = [
    ...areas.map(({ id, path, icon: Icon }) => ({
      id: `nav-${id}`,
      label: t(`nav.${id}`),
      description: t('palette.goTo'),
      keywords: [id],
      leftSection: <Icon size={18} stroke={1.6} />,
      onClick: () => void navigate({ to: path }),
    })),
    ...settingsTabs.map(({ id, path, icon: Icon }) => ({
      id: `settings-${id}`,
      label: `${t('nav.settings')} › ${t(`settings:tabs.${id}`)}`,
      description: t('palette.goTo'),
      keywords: ['settings', id],
      leftSection: <Icon size={18} stroke={1.6} />,
      onClick: () => void navigate({ to: path }),
    })),
  ];

  const actions = [
    ...(writable
      ? [
          {
            id: 'new-contact',
            label: t('palette.newContact'),
            keywords: ['create', 'add', 'contact'],
            leftSection: <IconPlus size={18} stroke={1.6} />,
            onClick: () => void navigate({ to: '/contacts', search: { new: true } }),
          },
        ]
      : []),
    {
      id: 'toggle-theme',
      label: scheme === 'dark' ? t('theme.light') : t('theme.dark'),
      keywords: ['theme', 'dark', 'light'],
      leftSection: scheme === 'dark' ? <IconSun size={18} stroke={1.6} /> : <IconMoon size={18} stroke={1.6} />,
      onClick: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    },
    ...languages.map((l) => ({
      id: `lang-${l.code}`,
      label: t('palette.switchLanguage', { language: l.label }),
      keywords: ['language', l.code, l.label],
      leftSection: <IconLanguage size={18} stroke={1.6} />,
      onClick: () => setLanguage(l.code),
    })),
  ];

  return [
    { group: t('palette.navigation'), actions: navigation },
    { group: t('palette.actions'), actions },
  ];
}

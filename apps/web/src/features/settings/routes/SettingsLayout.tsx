import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { settingsTabs } from '../tabs';

/** Settings frame: a tab per section, each a route of its own. */
export function SettingsLayout() {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const pathname = useLocation({ select: (l) => l.pathname });
  const active = settingsTabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs value={active} onChange={(path) => path && void navigate({ to: path })} keepMounted={false} mb="lg">
        <Tabs.List>
          {settingsTabs.map(({ id, path, icon: Icon }) => (
            <Tabs.Tab key={id} value={path} leftSection={<Icon size={16} />}>
              {t(`tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}

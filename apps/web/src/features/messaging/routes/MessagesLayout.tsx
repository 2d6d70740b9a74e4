import { Tabs } from '@mantine/core';
import { IconInbox, IconSettings, IconTemplate, IconTicket } from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { PreviewContactProvider } from '../components/preview-contact';

const tabs = [
  { id: 'templates', path: '/messages/templates', icon: IconTemplate },
  { id: 'outbox', path: '/messages/outbox', icon: IconInbox },
  { id: 'coupons', path: '/messages/coupons', icon: IconTicket },
  { id: 'settings', path: '/messages/settings', icon: IconSettings },
] as const;

/** The messages area: templates, the outbox, coupon pools and the settings, each a route of its own under one header. */
export function MessagesLayout() {
  const { t } = useTranslation(['messaging', 'common']);
  const navigate = useNavigate();
  const pathname = useLocation({ select: (l) => l.pathname });
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  return (
    <PreviewContactProvider>
      <PageHeader title={t('common:nav.messages')} description={t('area.description')} />
      <Tabs value={active} onChange={(path) => path && void navigate({ to: path })} keepMounted={false} mb="lg">
        <Tabs.List>
          {tabs.map(({ id, path, icon: Icon }) => (
            <Tabs.Tab key={id} value={path} leftSection={<Icon size={16} />} data-testid={`messages-tab-${id}`}>
              {t(`area.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </PreviewContactProvider>
  );
}

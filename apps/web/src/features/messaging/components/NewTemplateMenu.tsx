import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { channels } from '../model/draft';
import { channelIcons } from './ChannelBadge';

/** "New template", asking first which channel it goes out on (a template keeps its channel). */
export function NewTemplateMenu() {
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="new-template">
          {t('list.new')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('list.newChannel')}</Menu.Label>
        {channels.map((channel) => {
          const Icon = channelIcons[channel];
          return (
            <Menu.Item
              key={channel}
              leftSection={<Icon size={16} />}
              onClick={() => void navigate({ to: '/messages/templates/new', search: { channel } })}
              data-testid="new-template-channel"
              data-channel={channel}
            >
              {t(`channels.${channel}`)}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}

import { Badge } from '@mantine/core';
import type { MessageChannel } from '@rapport/contracts';
import { IconBrandLine, IconMail, IconMessage, IconWebhook, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const channelIcons: Record<MessageChannel, Icon> = { email: IconMail, sms: IconMessage, line: IconBrandLine, webhook: IconWebhook };
const colors: Record<MessageChannel, string> = { email: 'blue', sms: 'teal', line: 'green', webhook: 'grape' };

export function ChannelBadge({ channel }: { channel: MessageChannel }) {
  const { t } = useTranslation('messaging');
  const Icon = channelIcons[channel];
  return (
    <Badge variant="light" color={colors[channel]} leftSection={<Icon size={12} />} data-testid="channel-badge" data-channel={channel}>
      {t(`channels.${channel}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import type { EventType } from '@rapport/contracts';
import { IconBrowser, IconDeviceMobile, IconFingerprint, IconLink, IconPointer, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Icon and colour of each tracking call type, shared by the events catalogue and the timeline. */
export const eventTypeStyles: Record<EventType, { icon: Icon; color: string }> = {
  track: { icon: IconPointer, color: 'indigo' },
  page: { icon: IconBrowser, color: 'cyan' },
  screen: { icon: IconDeviceMobile, color: 'cyan' },
  identify: { icon: IconFingerprint, color: 'teal' },
  group: { icon: IconUsersGroup, color: 'orange' },
  alias: { icon: IconLink, color: 'gray' },
};

export function EventTypeBadge({ type }: { type: EventType }) {
  const { t } = useTranslation();
  const { icon: TypeIcon, color } = eventTypeStyles[type];
  return (
    <Badge variant="light" color={color} radius="sm" leftSection={<TypeIcon size={12} />}>
      {t(`eventTypes.${type}`)}
    </Badge>
  );
}

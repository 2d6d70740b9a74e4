import { Group, Text } from '@mantine/core';
import { IconRobot } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../ui/AnchorLink';
import type { SegmentEntryData } from '../../entry-data';

/** "Entered segment VIP" / "Left segment VIP", the name linking to the segment. */
export function SegmentTitle({ data }: { data: SegmentEntryData }) {
  const { t } = useTranslation('timeline');
  const link = <AnchorLink to="/segments/$segmentId" params={{ segmentId: data.segmentId }} inherit fw={600} />;
  return (
    <Trans
      t={t}
      i18nKey={data.change === 'entered' ? 'segment.entered' : 'segment.exited'}
      values={{ name: data.segmentName || t('segment.unnamed') }}
      components={{ segment: link }}
    />
  );
}

/** The auto tag the segment's rule added or took away with this change. */
export function SegmentDetails({ data }: { data: SegmentEntryData }) {
  const { t } = useTranslation('timeline');
  if (!data.autoTag) return null;
  return (
    <Group gap={4}>
      <IconRobot size={14} color="var(--mantine-color-dimmed)" />
      <Text size="xs" c="dimmed">
        {t(data.change === 'entered' ? 'segment.tagAdded' : 'segment.tagRemoved', { tag: data.autoTag })}
      </Text>
    </Group>
  );
}

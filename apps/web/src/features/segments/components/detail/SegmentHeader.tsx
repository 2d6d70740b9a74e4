import { Button, Group, Menu, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { Segment } from '@rapport/contracts';
import { IconChevronDown, IconDownload, IconFileDownload, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../../lib/format';
import { segmentPath } from '../../api/segments';
import { AutoTagBadge, KindBadge } from '../SegmentBadges';
import { SnapshotButton } from './SnapshotButton';

/** CSV of the members, or their hashed emails and phones for ad platforms' customer lists. */
function ExportMenu({ segment }: { segment: Segment }) {
  const { t } = useTranslation('segments');
  const url = `${segmentPath(segment.id)}/export`;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={url} download leftSection={<IconFileDownload size={14} />} data-testid="export-csv">
          {t('export.csv')}
        </Menu.Item>
        <Menu.Item component="a" href={`${url}?hashed=true`} download leftSection={<IconLock size={14} />} data-testid="export-hashed">
          <Stack gap={0}>
            <Text size="sm">{t('export.hashed')}</Text>
            <Text size="xs" c="dimmed">
              {t('export.hashedHint')}
            </Text>
          </Stack>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Name, kind, auto tag and description; size and when it was computed; export and snapshot. */
export function SegmentHeader({ segment, writable }: { segment: Segment; writable: boolean }) {
  const { t, i18n } = useTranslation('segments');
  const lng = i18n.language;
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <Title order={2} fw={650}>
              {segment.name}
            </Title>
            <KindBadge kind={segment.kind} />
            {segment.autoTag ? <AutoTagBadge tag={segment.autoTag} /> : null}
          </Group>
          {segment.description ? (
            <Text size="sm" c="dimmed">
              {segment.description}
            </Text>
          ) : null}
          <Group gap="lg" mt={4}>
            <div>
              <Text fz={28} fw={700} lh={1.1} data-testid="segment-size" data-size={segment.size}>
                {segment.size.toLocaleString(lng)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('detail.members', { count: segment.size })}
              </Text>
            </div>
            <div>
              {segment.computedAt ? (
                <Tooltip label={formatDateTime(segment.computedAt, lng)}>
                  <Text size="sm">{formatRelative(segment.computedAt, lng)}</Text>
                </Tooltip>
              ) : (
                <Text size="sm">{t('list.never')}</Text>
              )}
              <Text size="xs" c="dimmed">
                {segment.kind === 'dynamic' ? t('detail.computed') : t('detail.updated')}
              </Text>
            </div>
          </Group>
        </Stack>
        <Group gap="sm">
          <ExportMenu segment={segment} />
          {writable ? <SnapshotButton segment={segment} /> : null}
        </Group>
      </Group>
    </Paper>
  );
}

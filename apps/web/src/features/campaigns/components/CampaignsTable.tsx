import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { Campaign } from '@rapport/contracts';
import { IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ChannelBadge } from '../../messaging';
import { StatusBadge } from './StatusBadge';

/** Campaigns with their status, channel, audience, launch and winner. */
export function CampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="campaigns-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.channel')}</Table.Th>
            <Table.Th ta="right">{t('list.audience')}</Table.Th>
            <Table.Th>{t('list.launch')}</Table.Th>
            <Table.Th>{t('list.winner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((c) => {
            const launch = c.launchedAt ?? c.launchAt;
            return (
              <Table.Tr key={c.id} data-testid="campaign-row" data-campaign={c.id}>
                <Table.Td>
                  <AnchorLink to="/campaigns/$campaignId" params={{ campaignId: c.id }} fw={500} size="sm" data-testid="campaign-link">
                    {c.name}
                  </AnchorLink>
                  {c.abTest ? (
                    <Text size="xs" c="dimmed">
                      {t('list.abTest', { count: c.variants.length })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>
                  <ChannelBadge channel={c.channel} />
                </Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="campaign-audience">
                  {c.audienceSize === null ? '—' : number.format(c.audienceSize)}
                </Table.Td>
                <Table.Td>
                  {launch ? (
                    <Tooltip label={formatDateTime(launch, lng)}>
                      <Text size="sm" c="dimmed" component="span">
                        {c.launchedAt ? formatRelative(launch, lng) : t('list.planned', { time: formatRelative(launch, lng) })}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.winner ? (
                    <Tooltip label={c.winnerReason ?? ''} disabled={!c.winnerReason} multiline w={320}>
                      <Badge variant="light" color="teal" leftSection={<IconTrophy size={12} />} data-testid="campaign-winner">
                        {t('results.variant', { key: c.winner })}
                      </Badge>
                    </Tooltip>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, ColorSwatch, Group, Loader, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { RfmReport } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../model/format';
import { byGroupOrder, groupColor, isRfmGroup } from '../model/rfm-groups';
import { useModelLabels } from './use-labels';

interface Props {
  groups: RfmReport['groups'];
  onOpen: ((group: string) => void) | null;
  opening: string | null;
}

/** Contacts and revenue per group, best groups first, each with its share of the whole. */
export function RfmGroupsTable({ groups, onOpen, opening }: Props) {
  const { t, i18n } = useTranslation('models');
  const labels = useModelLabels();
  const lng = i18n.language;
  const contacts = groups.reduce((n, g) => n + g.contacts, 0);
  const revenue = groups.reduce((n, g) => n + g.revenue, 0);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('rfm.groups.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('rfm.groups.hint')}
          </Text>
        </div>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="rfm-groups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rfm.groups.group')}</Table.Th>
                <Table.Th ta="right">{t('rfm.groups.contacts')}</Table.Th>
                <Table.Th w="22%">{t('rfm.groups.share')}</Table.Th>
                <Table.Th ta="right">{t('rfm.groups.revenue')}</Table.Th>
                <Table.Th w="22%">{t('rfm.groups.revenueShare')}</Table.Th>
                <Table.Th ta="right">{t('rfm.groups.average')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {byGroupOrder(groups).map((g) => {
                const color = groupColor(g.group);
                const label = labels.group(g.group);
                const clickable = onOpen && isRfmGroup(g.group);
                return (
                  <Table.Tr key={g.group} data-testid={`rfm-group-${g.group}`} data-contacts={g.contacts}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <ColorSwatch color={`var(--mantine-color-${color}-6)`} size={10} withShadow={false} />
                        {clickable ? (
                          <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onOpen(g.group)} data-testid={`rfm-group-open-${g.group}`}>
                            {label}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={500}>
                            {label}
                          </Text>
                        )}
                        {opening === g.group ? <Loader size="xs" /> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(g.contacts, lng)}</Table.Td>
                    <Table.Td>
                      <ShareBar value={g.contacts} total={contacts} color={color} lng={lng} />
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(Math.round(g.revenue), lng)}</Table.Td>
                    <Table.Td>
                      <ShareBar value={g.revenue} total={revenue} color={color} lng={lng} />
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(g.contacts ? Math.round(g.revenue / g.contacts) : 0, lng)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

function ShareBar({ value, total, color, lng }: { value: number; total: number; color: string; lng: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={total > 0 ? (Math.max(0, value) / total) * 100 : 0} color={color} size="sm" style={{ flex: 1 }} />
      <Text size="xs" c="dimmed" w={48} ta="right">
        {formatShare(value, total, lng)}
      </Text>
    </Group>
  );
}

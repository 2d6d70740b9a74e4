import { Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { CampaignResults } from '@rapport/contracts';
import { IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../lib/format';
import { formatRate, significance } from '../../model/results';

type Variant = CampaignResults['variants'][number];
type RowKey = 'recipients' | 'sent' | 'delivered' | 'opened' | 'clicked' | 'converted' | 'revenue' | 'unsubscribed' | 'bounced' | 'skipped' | 'failed' | 'queued';
type Row = { key: RowKey; count: (v: Variant) => number; rate?: (v: Variant) => number | null; p?: (v: Variant) => number | null; money?: boolean };

const ofSent = (n: (v: Variant) => number) => (v: Variant) => (v.sent ? n(v) / v.sent : null);

/** Revenue in each currency its orders were in: "780 TWD + 25 USD"; amounts of different currencies are never added. */
const revenueText = (v: Variant, lng: string) =>
  v.revenueByCurrency.length ? v.revenueByCurrency.map((r) => formatAmount(r.amount, r.currency, lng)).join(' + ') : formatAmount(0, null, lng);

const rows: Row[] = [
  { key: 'recipients', count: (v) => v.recipients },
  { key: 'sent', count: (v) => v.sent },
  // Handed to the provider; bounces reported afterwards are counted below.
  { key: 'delivered', count: (v) => v.sent },
  { key: 'opened', count: (v) => v.opened, rate: (v) => v.openRate, p: (v) => v.pValues.open },
  { key: 'clicked', count: (v) => v.clicked, rate: (v) => v.clickRate, p: (v) => v.pValues.click },
  { key: 'converted', count: (v) => v.converted, rate: (v) => v.conversionRate, p: (v) => v.pValues.conversion },
  { key: 'revenue', count: (v) => v.revenue, money: true },
  { key: 'unsubscribed', count: (v) => v.unsubscribed, rate: ofSent((v) => v.unsubscribed) },
  { key: 'bounced', count: (v) => v.bounced, rate: ofSent((v) => v.bounced) },
  { key: 'skipped', count: (v) => v.skipped },
  { key: 'failed', count: (v) => v.failed },
  { key: 'queued', count: (v) => v.queued },
];

/** Each variant's outcome side by side, rates with their significance against A, the winner highlighted. */
export function ResultsTable({ results }: { results: CampaignResults }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const winner = results.winner;
  const highlight = (v: Variant) => (v.variant === winner ? { bg: 'var(--mantine-color-teal-light)' } : {});

  const sig = (v: Variant, p: number | null, i: number): ReactNode => {
    if (i === 0) return t('results.control');
    const s = significance(p);
    if (s.kind === 'none') return '—';
    return (
      <Text span size="xs" c={s.kind === 'significant' ? 'teal' : 'dimmed'} fw={s.kind === 'significant' ? 600 : 400} data-testid="significance" data-kind={s.kind}>
        {t(`results.${s.kind}`, { p: s.p })}
      </Text>
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('results.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('results.significanceHint')}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={6} data-testid="results-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                {results.variants.map((v) => (
                  <Table.Th key={v.variant} ta="right" {...highlight(v)} data-testid="results-variant" data-variant={v.variant}>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {v.variant === winner ? (
                        <Badge size="sm" color="teal" leftSection={<IconTrophy size={12} />} data-testid="winner-badge">
                          {t('results.winner')}
                        </Badge>
                      ) : null}
                      {t('results.variant', { key: v.variant })}
                    </Group>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    <Tooltip label={t(`results.hints.${row.key}`)} multiline w={260}>
                      <Text size="sm" component="span">
                        {t(`results.rows.${row.key}`)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  {results.variants.map((v, i) => (
                    <Table.Td key={v.variant} ta="right" {...highlight(v)} data-testid={`result-${row.key}-${v.variant}`} data-value={row.count(v)}>
                      <Text size="sm" ff="monospace" component="span">
                        {row.money ? revenueText(v, lng) : number.format(row.count(v))}
                      </Text>
                      {row.rate ? (
                        <Text size="sm" c="dimmed" ff="monospace" component="span" ml={6}>
                          {formatRate(row.rate(v), lng)}
                        </Text>
                      ) : null}
                      {row.p ? (
                        <Text size="xs" c="dimmed">
                          {sig(v, row.p(v), i)}
                        </Text>
                      ) : null}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

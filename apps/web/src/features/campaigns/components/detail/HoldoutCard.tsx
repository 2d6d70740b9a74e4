import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CampaignResults } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatRate, holdoutComparison, significance } from '../../model/results';

/** What the campaign added: buyers among those who got it against the holdout, the lift and its p-value. */
export function HoldoutCard({ holdout }: { holdout: NonNullable<CampaignResults['holdout']> }) {
  const { t, i18n } = useTranslation('campaigns');
  const lng = i18n.language;
  const number = new Intl.NumberFormat(lng);
  const c = holdoutComparison(holdout);
  const s = significance(holdout.pValue);
  const points = c.difference === null ? '—' : new Intl.NumberFormat(lng, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(c.difference * 100);
  const lift = c.lift === null ? '—' : new Intl.NumberFormat(lng, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(c.lift);

  const stats: { key: 'treated' | 'holdout' | 'lift' | 'pValue'; value: string; hint: string | null }[] = [
    { key: 'treated', value: formatRate(c.treatedRate, lng), hint: t('holdout.buyersOf', { buyers: number.format(holdout.treatedBuyers), contacts: number.format(holdout.treatedContacts) }) },
    { key: 'holdout', value: formatRate(c.holdoutRate, lng), hint: t('holdout.buyersOf', { buyers: number.format(holdout.buyers), contacts: number.format(holdout.contacts) }) },
    { key: 'lift', value: lift, hint: t('holdout.points', { points }) },
    { key: 'pValue', value: s.kind === 'none' ? '—' : t(`results.${s.kind}`, { p: s.p }), hint: s.kind === 'none' ? t('holdout.tooFew') : null },
  ];
  return (
    <Paper withBorder radius="md" p="md" data-testid="holdout-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('holdout.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('holdout.hint')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {stats.map((x) => (
            <Stack gap={0} key={x.key} data-testid={`holdout-${x.key}`}>
              <Text size="xs" c="dimmed">
                {t(`holdout.${x.key}`)}
              </Text>
              <Text fw={600} size="lg">
                {x.value}
              </Text>
              {x.hint ? (
                <Text size="xs" c="dimmed">
                  {x.hint}
                </Text>
              ) : null}
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

import { Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { ContactTraits } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatDaysAgo, formatRelative } from '../../../lib/format';
import { QueryError } from '../../../ui/QueryError';
import { useContactTraits } from '../api/contact-traits';
import { acquisitionText, shownTraits, type TraitKey } from '../traits';
import { LastViewedProducts } from './LastViewedProducts';

interface Stat {
  label: string;
  value: string;
  /** More detail on hover: an exact date, what a number counts. */
  hint?: string | undefined;
}

function StatItem({ label, value, hint }: Stat) {
  const text = (
    <Text fw={600} size="sm" w="fit-content" truncate="end" maw={220}>
      {value}
    </Text>
  );
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {hint ? (
        <Tooltip label={hint} multiline maw={280}>
          {text}
        </Tooltip>
      ) : (
        text
      )}
    </Stack>
  );
}

function useStats(traits: ContactTraits): Stat[] {
  const { t, i18n } = useTranslation('commerce');
  const lng = i18n.language;
  // No currency: revenue adds up the contact's orders, which the server keeps in one currency.
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 2 });
  const { acquisition } = traits;
  const stats: Record<TraitKey, () => Stat> = {
    orders: () => ({ label: t('traits.orders'), value: number.format(traits.orderCount) }),
    revenue: () => ({ label: t('traits.revenue'), value: number.format(traits.revenue), hint: t('traits.revenueHint') }),
    aov: () => ({ label: t('traits.aov'), value: number.format(traits.averageOrderValue ?? 0) }),
    lastOrder: () => ({ label: t('traits.lastOrder'), value: formatDaysAgo(traits.daysSinceLastOrder ?? 0, lng), hint: formatDate(traits.lastOrderAt, lng) }),
    favouriteCategory: () => ({ label: t('traits.favouriteCategory'), value: traits.favouriteCategory ?? '' }),
    firstSeen: () => ({ label: t('traits.firstSeen'), value: formatRelative(traits.firstSeenAt!, lng), hint: formatDateTime(traits.firstSeenAt, lng) }),
    lastSeen: () => ({ label: t('traits.lastSeen'), value: formatRelative(traits.lastSeenAt!, lng), hint: formatDateTime(traits.lastSeenAt, lng) }),
    acquisition: () => ({
      label: t('traits.acquisition'),
      value: acquisitionText(acquisition) ?? '',
      hint: [
        acquisition.source ? t('traits.source', { value: acquisition.source }) : null,
        acquisition.medium ? t('traits.medium', { value: acquisition.medium }) : null,
        acquisition.campaign ? t('traits.campaign', { value: acquisition.campaign }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  };
  return shownTraits(traits).map((key) => stats[key]());
}

function Strip({ traits }: { traits: ContactTraits }) {
  const { t } = useTranslation('commerce');
  const stats = useStats(traits);
  if (stats.length === 0 && traits.lastViewedProducts.length === 0) return null;
  return (
    <Paper withBorder radius="md" px="lg" py="sm" data-testid="contact-traits" aria-label={t('traits.label')} component="section">
      <Group justify="space-between" align="flex-start" gap="xl" wrap="wrap">
        <Group gap="lg" wrap="wrap" align="flex-start" style={{ flex: 1 }}>
          {stats.map((stat) => (
            <StatItem key={stat.label} {...stat} />
          ))}
        </Group>
        {traits.lastViewedProducts.length > 0 ? <LastViewedProducts products={traits.lastViewedProducts} /> : null}
      </Group>
    </Paper>
  );
}

/** What the contact's events and orders add up to: orders, revenue, recency, where they came from. */
export function ContactTraitsStrip({ contactId }: { contactId: string }) {
  const query = useContactTraits(contactId);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return query.data ? <Strip traits={query.data} /> : null;
}

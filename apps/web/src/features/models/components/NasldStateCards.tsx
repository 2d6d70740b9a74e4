import { Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { NasldSettings, NasldState } from '@rapport/contracts';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatCount, formatShare } from '../model/format';
import { stateColors, stateLimits } from '../model/nasld';

interface Props {
  totals: { state: NasldState; contacts: number; revenue: number }[];
  settings: NasldSettings;
  /** The workspace's cycle C in days. */
  cycle: number;
  onOpen: ((state: NasldState) => void) | null;
  opening: string | null;
}

const fmt = (n: number, lng: string) => new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(n);

/** What puts a contact in each state, in days for the workspace's cycle. */
function useRuleText(settings: NasldSettings, cycle: number) {
  const { t, i18n } = useTranslation('models');
  const lng = i18n.language;
  const l = stateLimits(settings, cycle);
  const rules: Record<NasldState, string> = {
    N: t('states.N.rule', { days: fmt(l.newDays, lng) }),
    A: t('states.A.rule', { days: fmt(l.activeDays, lng) }),
    S: t('states.S.rule', { multiplier: fmt(settings.sleepyMultiplier, lng), days: fmt(l.sleepyDays, lng) }),
    L: t('states.L.rule', { sleepy: fmt(settings.sleepyMultiplier, lng), multiplier: fmt(settings.lostMultiplier, lng), days: fmt(l.lostDays, lng) }),
    D: t('states.D.rule', { multiplier: fmt(settings.lostMultiplier, lng), days: fmt(l.lostDays, lng), cap: fmt(settings.deepDormantAfterDays, lng) }),
    prospect: t('states.prospect.rule'),
  };
  return rules;
}

/** A card per state: what it means, how many contacts are in it and their revenue; a card opens them as a segment. */
export function NasldStateCards({ totals, settings, cycle, onOpen, opening }: Props) {
  const { t, i18n } = useTranslation('models');
  const lng = i18n.language;
  const rules = useRuleText(settings, cycle);
  const all = totals.reduce((n, s) => n + s.contacts, 0);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {totals.map(({ state, contacts, revenue }) => {
        const color = stateColors[state];
        const body = (
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <Badge color={color} variant="filled" radius="sm" w={state === 'prospect' ? undefined : 28} px={state === 'prospect' ? 'xs' : 0}>
                  {t(`states.${state}.letter`)}
                </Badge>
                <Text fw={600}>{t(`states.${state}.name`)}</Text>
              </Group>
              {opening === state ? <Loader size="xs" /> : null}
            </Group>
            <Text size="sm" c="dimmed" mih={40}>
              {rules[state]}
            </Text>
            <Group gap="lg" align="flex-end">
              <div>
                <Text fz={26} fw={700} lh={1.1} data-testid={`nasld-count-${state}`}>
                  {formatCount(contacts, lng)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('nasld.cards.contacts', { share: formatShare(contacts, all, lng) })}
                </Text>
              </div>
              <div>
                <Text fz="lg" fw={600} lh={1.1}>
                  {formatCompact(revenue, lng)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('nasld.cards.revenue')}
                </Text>
              </div>
            </Group>
          </Stack>
        );
        return (
          <Paper key={state} withBorder radius="md" p={0} style={{ borderTop: `3px solid var(--mantine-color-${color.replace('.', '-')})` }}>
            {onOpen ? (
              <UnstyledButton
                w="100%"
                p="md"
                onClick={() => onOpen(state)}
                aria-label={t('nasld.cards.open', { state: t(`states.${state}.name`) })}
                data-testid={`nasld-state-${state}`}
                data-contacts={contacts}
              >
                {body}
              </UnstyledButton>
            ) : (
              <Stack p="md" data-testid={`nasld-state-${state}`} data-contacts={contacts}>
                {body}
              </Stack>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Contact, DuplicatePair } from '@rapport/contracts';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';

function ContactSummary({ contact, side }: { contact: Contact; side: 'a' | 'b' }) {
  const { t } = useTranslation('merge');
  const lines = [contact.email, contact.phone, [contact.jobTitle, contact.company?.name].filter(Boolean).join(' · ')].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t(side === 'a' ? 'sides.a' : 'sides.b')}
      </Text>
      <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }} fw={600}>
        {contact.name}
      </AnchorLink>
      {lines.map((line) => (
        <Text key={line} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

/** Two contacts that look like one person, why, and the button to merge them. */
export function DuplicatePairCard({ pair, onReview }: { pair: DuplicatePair; onReview?: () => void }) {
  const { t } = useTranslation('merge');
  return (
    <Paper withBorder radius="md" p="md" data-testid="duplicate-pair">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" style={{ flex: 1 }}>
          <ContactSummary contact={pair.a} side="a" />
          <ContactSummary contact={pair.b} side="b" />
        </SimpleGrid>
        <Stack gap="xs" align="flex-end">
          <Group gap={6} justify="flex-end">
            {pair.reasons.map((r) => (
              <Badge key={r} variant="light" radius="sm" color={r === 'name_company' ? 'grape' : 'blue'}>
                {t(`reasons.${r}`)}
              </Badge>
            ))}
          </Group>
          {onReview ? (
            <Button size="xs" leftSection={<IconGitMerge size={14} />} onClick={onReview} data-testid="merge-open">
              {t('review')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

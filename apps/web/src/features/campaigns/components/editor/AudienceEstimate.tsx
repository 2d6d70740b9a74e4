import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAudienceEstimate } from '../../api/audience-estimate';
import { estimateInputOf, type CampaignDraft } from '../../model/draft';

/** The server's count of the audience today, overlaps and exclusions taken out, and how many of it the channel may reach. */
export function AudienceEstimate({ draft }: { draft: Pick<CampaignDraft, 'include' | 'exclude' | 'channel'> }) {
  const { t, i18n } = useTranslation('campaigns');
  const input = estimateInputOf(draft);
  const estimate = useAudienceEstimate(input);
  if (!input) return null;
  if (estimate.isPending) return <Loader size="xs" type="dots" aria-label={t('editor.estimate.loading')} />;
  // Only a hint next to the segment sizes: a failure need not stop anyone editing.
  if (estimate.isError) {
    return (
      <Text size="sm" c="dimmed" title={t('editor.estimate.unavailable')}>
        —
      </Text>
    );
  }
  const { contacts, subscribed } = estimate.data;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Text size="sm" data-testid="audience-estimate" data-contacts={contacts} data-subscribed={subscribed}>
      {t('editor.estimate.text', { count: contacts, contacts: number.format(contacts), subscribed: number.format(subscribed), channel: t(`editor.estimate.channels.${input.channel}`) })}
    </Text>
  );
}

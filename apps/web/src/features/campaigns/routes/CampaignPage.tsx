import { EmptyState, Grid, Skeleton, Stack } from '@mantine/core';
import type { Campaign } from '@rapport/contracts';
import { IconSpeakerphone } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { QueryError } from '../../../ui/QueryError';
import { canWrite, useRole } from '../../auth';
import { useCampaign } from '../api/campaign';
import { useCampaignResults } from '../api/results';
import { BackLink } from '../components/BackLink';
import { CampaignFacts } from '../components/detail/CampaignFacts';
import { CampaignHeader } from '../components/detail/CampaignHeader';
import { HoldoutCard } from '../components/detail/HoldoutCard';
import { MessagesCard } from '../components/detail/MessagesCard';
import { RatesChart } from '../components/detail/RatesChart';
import { ResultsTable } from '../components/detail/ResultsTable';
import { StatusTimeline } from '../components/detail/StatusTimeline';
import { CampaignEditor } from '../components/editor/CampaignEditor';
import { draftOf } from '../model/draft';
import { queuedOf } from '../model/results';
import { isRunning } from '../model/status';

const route = getRouteApi('/_app/campaigns/$campaignId');

/** A draft opens in the editor; a scheduled or launched campaign shows its progress and results. */
export function CampaignPage() {
  const { t } = useTranslation('campaigns');
  const { campaignId } = route.useParams();
  const campaign = useCampaign(campaignId);
  const missing = campaign.isError && isApiError(campaign.error) && campaign.error.status === 404;
  const c = campaign.data;
  return (
    <Stack gap="lg">
      <BackLink />
      {campaign.isPending ? <Skeleton h={320} radius="md" /> : null}
      {missing ? <EmptyState icon={<IconSpeakerphone size={28} />} variant="light" title={t('detail.notFound')} description={t('detail.notFoundHint')} py={48} /> : null}
      {campaign.isError && !missing ? <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} /> : null}
      {c && c.status === 'draft' ? <DraftEditor key={c.id} campaign={c} /> : null}
      {c && c.status !== 'draft' ? <CampaignView key={c.id} campaign={c} /> : null}
    </Stack>
  );
}

function DraftEditor({ campaign }: { campaign: Campaign }) {
  // The draft starts from the campaign as loaded; later saves move the baseline, not the draft.
  const [initial] = useState(() => draftOf(campaign));
  return <CampaignEditor campaign={campaign} initial={initial} />;
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const writable = canWrite(useRole());
  const results = useCampaignResults(campaign.id);
  const queued = queuedOf(results.data);
  const r = results.data;
  return (
    <>
      <CampaignHeader campaign={campaign} results={r} queued={queued} writable={writable} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {results.isError ? <QueryError error={results.error} onRetry={() => void results.refetch()} /> : null}
            {results.isPending ? <Skeleton h={320} radius="md" /> : null}
            {r ? <ResultsTable results={r} /> : null}
            {r?.holdout ? <HoldoutCard holdout={r.holdout} /> : null}
            {r && r.variants.some((v) => v.sent > 0) ? <RatesChart results={r} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <StatusTimeline campaign={campaign} />
            <CampaignFacts campaign={campaign} />
          </Stack>
        </Grid.Col>
      </Grid>
      <MessagesCard campaignId={campaign.id} live={isRunning(campaign.status) || queued > 0} />
    </>
  );
}

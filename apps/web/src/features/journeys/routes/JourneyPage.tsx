import { EmptyState, Skeleton, Stack } from '@mantine/core';
import type { Journey } from '@rapport/contracts';
import { IconRouteOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { QueryError } from '../../../ui/QueryError';
import { useJourney } from '../api/journey';
import { BackLink } from '../components/BackLink';
import { JourneyEditor } from '../components/editor/JourneyEditor';
import { draftOf } from '../model/draft';

const route = getRouteApi('/_app/journeys/$journeyId');

/** A saved journey on the canvas, with its status, versions and figures. */
export function JourneyPage() {
  const { t } = useTranslation('journeys');
  const { journeyId } = route.useParams();
  const journey = useJourney(journeyId);
  const missing = journey.isError && isApiError(journey.error) && journey.error.status === 404;
  return (
    <Stack gap="md">
      <BackLink />
      {journey.isPending ? <Skeleton h={480} radius="md" /> : null}
      {missing ? <EmptyState icon={<IconRouteOff size={28} />} variant="light" title={t('editor.notFound')} description={t('editor.notFoundHint')} py={48} /> : null}
      {journey.isError && !missing ? <QueryError error={journey.error} onRetry={() => void journey.refetch()} /> : null}
      {journey.data ? <SavedEditor key={journey.data.id} journey={journey.data} /> : null}
    </Stack>
  );
}

function SavedEditor({ journey }: { journey: Journey }) {
  // The draft starts from the journey as loaded; later saves move the baseline, not the draft.
  const [initial] = useState(() => draftOf(journey));
  return <JourneyEditor journey={journey} initial={initial} />;
}

import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { JourneyEditor } from '../components/editor/JourneyEditor';
import { blankDefinition, type JourneyDraft } from '../model/draft';

/** A blank canvas: an event trigger to fill in, and steps to add. */
export function NewJourneyPage() {
  const { t } = useTranslation('journeys');
  const [initial] = useState<JourneyDraft>(() => ({ name: t('new.defaultName'), description: '', definition: blankDefinition() }));
  return (
    <Stack gap="md">
      <BackLink />
      <JourneyEditor initial={initial} />
    </Stack>
  );
}

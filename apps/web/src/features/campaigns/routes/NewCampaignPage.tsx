import { Stack } from '@mantine/core';
import { useState } from 'react';
import { BackLink } from '../components/BackLink';
import { CampaignEditor } from '../components/editor/CampaignEditor';
import { newDraft } from '../model/draft';

/** A new draft campaign; its first save gives it an address of its own. */
export function NewCampaignPage() {
  const [initial] = useState(() => newDraft());
  return (
    <Stack gap="lg">
      <BackLink />
      <CampaignEditor initial={initial} />
    </Stack>
  );
}

import { Alert, Grid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Campaign } from '@rapport/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canWrite, useRole } from '../../../auth';
import { useSegments } from '../../../segments';
import type { CampaignDraft } from '../../model/draft';
import { placeErrors } from '../../model/errors';
import { AudienceSection } from './AudienceSection';
import { DeliverySection } from './DeliverySection';
import { EditorHeader } from './EditorHeader';
import { ScheduleDialog } from './ScheduleDialog';
import { TestSection } from './TestSection';
import { useCampaignEditor } from './use-campaign-editor';
import { VariantsSection } from './VariantsSection';

interface Props {
  /** The saved draft; absent while creating one. */
  campaign?: Campaign | undefined;
  initial: CampaignDraft;
}

/** A draft campaign: audience, variants, test and holdout, timing and coupon; saved, scheduled after a confirmation, or deleted. */
export function CampaignEditor({ campaign, initial }: Props) {
  const { t } = useTranslation('campaigns');
  const editor = useCampaignEditor(campaign, initial);
  const segments = useSegments();
  const [confirming, confirm] = useDisclosure(false);
  const writable = canWrite(useRole());
  const { draft, change } = editor;

  const names = new Map((segments.data ?? []).map((s) => [s.id, s.name]));
  const placed = placeErrors(editor.errors, (path, message) => {
    const m = /^audience\.(include|exclude)\.(\d+)$/.exec(path);
    if (!m) return message;
    const id = (m[1] === 'include' ? draft.include : draft.exclude)[Number(m[2])];
    return `${(id && names.get(id)) ?? t('editor.deletedSegment')}: ${message}`;
  });
  const errorAt = (field: string) => placed.byField.get(field);
  const section = { draft, change, errorAt, readOnly: !writable };

  return (
    <Stack gap="lg">
      <EditorHeader
        campaign={campaign}
        name={draft.name}
        onName={(name) => change({ name })}
        errorAt={errorAt}
        dirty={editor.dirty}
        saving={editor.saving && !editor.scheduling}
        onSave={() => void editor.save()}
        onSchedule={() => editor.readyToSchedule() && confirm.open()}
        writable={writable}
      />
      {placed.other.length ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={t('editor.saveFailed')} data-testid="save-error">
          {placed.other.map((m) => (
            <Text size="sm" key={m}>
              {m}
            </Text>
          ))}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <AudienceSection {...section} segments={segments.data} />
            <VariantsSection {...section} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <TestSection {...section} />
            <DeliverySection {...section} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ScheduleDialog
        opened={confirming}
        onClose={confirm.close}
        loading={editor.scheduling}
        draft={draft}
        segments={segments.data}
        // Closed either way: a refusal shows at the fields behind the dialog.
        onConfirm={() => void editor.launch().then(confirm.close)}
      />
    </Stack>
  );
}

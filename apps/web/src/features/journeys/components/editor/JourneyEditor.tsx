import { Alert, Box, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Journey } from '@rapport/contracts';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canWrite, useRole } from '../../../auth';
import { useSegments } from '../../../segments';
import { useJourneyStats } from '../../api/stats';
import { useMessageTemplates } from '../../api/templates';
import { useJourneyVersions } from '../../api/versions';
import { draftOf, flowChanged, type JourneyDraft } from '../../model/draft';
import { fieldError } from '../../model/errors';
import { statsByStep } from '../../model/stats';
import { JOURNEY, TRIGGER } from '../../model/steps';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { Palette } from '../canvas/Palette';
import { SidePanel } from '../panel/SidePanel';
import { AnalyticsBar } from './AnalyticsBar';
import { EditorHeader } from './EditorHeader';
import { EnrolModal } from './EnrolModal';
import { RunsDrawer } from './RunsDrawer';
import { useJourneyEditor } from './use-journey-editor';

const canvasHeight = 660;

interface Props {
  /** The saved journey; absent while drawing a new one. */
  journey?: Journey | undefined;
  initial: JourneyDraft;
}

/** The palette, the canvas and the panel of the selected step, under the journey's header. */
export function JourneyEditor({ journey, initial }: Props) {
  const { t } = useTranslation('journeys');
  // An archived journey is kept as it was; viewers read.
  const writable = canWrite(useRole()) && journey?.status !== 'archived';
  const editor = useJourneyEditor(journey, initial);
  const { draft, definition } = editor;
  const [showStats, setShowStats] = useState(Boolean(journey && journey.status !== 'draft'));
  const [statsVersion, setStatsVersion] = useState<number | undefined>(undefined);
  const [enrolOpen, enrol] = useDisclosure(false);
  const [runsOpen, runs] = useDisclosure(false);
  const versions = useJourneyVersions(journey?.id ?? '', Boolean(journey) && showStats);
  const stats = useJourneyStats(journey?.id ?? '', statsVersion, { enabled: Boolean(journey) && showStats, poll: true });
  const templates = useMessageTemplates();
  const segments = useSegments();

  const names = useMemo(
    () => ({
      template: (id: string) => templates.data?.find((x) => x.id === id)?.name,
      segment: (id: string) => segments.data?.find((x) => x.id === id)?.name,
    }),
    [templates.data, segments.data],
  );
  const stepStats = useMemo(() => (showStats && stats.data ? statsByStep(stats.data) : null), [showStats, stats.data]);
  const context = useMemo(
    () => ({ errors: editor.errors, warnings: editor.warnings, stats: stepStats, names, readOnly: !writable }),
    [editor.errors, editor.warnings, stepStats, names, writable],
  );

  const journeyErrors = editor.errors.get(JOURNEY);
  const versionChanges = journey && journey.status !== 'draft' && editor.dirty && flowChanged(draftOf(journey), draft);
  const manual = journey && definition.trigger.type === 'manual' && journey.status === 'live';

  return (
    <Stack gap="md">
      <EditorHeader
        journey={journey}
        name={draft.name}
        onName={(name) => editor.setDraft((d) => ({ ...d, name }))}
        nameError={fieldError(journeyErrors, 'name')}
        dirty={editor.dirty}
        saving={editor.saving}
        onSave={editor.save}
        publishing={editor.publishing}
        onPublish={editor.publish}
        pausing={editor.pausing}
        onPause={editor.pause}
        onEnrol={manual ? enrol.open : undefined}
        onRuns={journey && journey.status !== 'draft' ? runs.open : undefined}
        writable={writable}
      />
      {versionChanges ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={16} />} title={t('editor.liveTitle')} data-testid="live-warning">
          {t('editor.liveWarning', { current: journey.version, next: journey.version + 1 })}
        </Alert>
      ) : null}
      {editor.general.length ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={16} />} title={t('editor.saveFailed')} data-testid="save-error">
          {editor.general.map((p, i) => (
            <Text size="sm" key={i}>
              {p.field ? `${p.field}: ${p.message}` : p.message}
            </Text>
          ))}
        </Alert>
      ) : null}
      {journey ? (
        <AnalyticsBar
          on={showStats}
          onToggle={setShowStats}
          version={statsVersion ?? stats.data?.version ?? journey.version}
          versions={versions.data ?? []}
          onVersion={setStatsVersion}
          stats={showStats ? stats.data : undefined}
        />
      ) : null}
      <Box style={{ display: 'grid', gridTemplateColumns: writable ? '190px minmax(0, 1fr) 360px' : 'minmax(0, 1fr) 360px', gap: 'var(--mantine-spacing-md)', alignItems: 'start' }}>
        {writable ? <Palette onAdd={(item) => editor.actions.add(item)} /> : null}
        <JourneyCanvas definition={definition} selected={editor.selected} onSelect={editor.select} actions={editor.actions} context={context} height={canvasHeight} />
        <Box mah={canvasHeight} style={{ overflowY: 'auto' }}>
          <SidePanel
            definition={definition}
            selected={editor.selected === TRIGGER ? null : editor.selected}
            onDefinition={editor.setDefinition}
            description={draft.description}
            onDescription={(description) => editor.setDraft((d) => ({ ...d, description }))}
            descriptionError={fieldError(journeyErrors, 'description')}
            actions={editor.actions}
            onClose={() => editor.select(null)}
            errors={editor.errors}
            warnings={editor.warnings}
            readOnly={!writable}
          />
        </Box>
      </Box>
      {journey ? <EnrolModal journeyId={journey.id} opened={enrolOpen} onClose={enrol.close} /> : null}
      {journey ? <RunsDrawer journeyId={journey.id} definition={definition} opened={runsOpen} onClose={runs.close} /> : null}
    </Stack>
  );
}

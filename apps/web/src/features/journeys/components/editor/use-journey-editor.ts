import { journeyInputSchema, type Journey, type JourneyDefinition } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api';
import { schemaValidator } from '../../../../lib/form-validation';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { useCreateJourney } from '../../api/create-journey';
import { usePauseJourney } from '../../api/pause-journey';
import { usePublishJourney } from '../../api/publish-journey';
import { useUpdateJourney } from '../../api/update-journey';
import { checkGraph } from '../../model/checks';
import { draftOf, inputOf, patchOf, sameDraft, type JourneyDraft } from '../../model/draft';
import { byNode, placePath, problemsOf, stillValid, type Failure, type Placed } from '../../model/errors';
import { useGraphActions } from './use-graph-actions';

const validate = schemaValidator<ReturnType<typeof inputOf>>(journeyInputSchema);

/**
 * The editor's state: the draft, the selection, the live checks of the graph and the complaints
 * of the last save or publish, each placed at its node and field; and save, publish and pause.
 */
export function useJourneyEditor(journey: Journey | undefined, initial: JourneyDraft) {
  const { t } = useTranslation('journeys');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const create = useCreateJourney();
  const update = useUpdateJourney(journey?.id ?? '');
  const publish = usePublishJourney(journey?.id ?? '');
  const pause = usePauseJourney(journey?.id ?? '');

  const saved = useMemo(() => (journey ? draftOf(journey) : null), [journey]);
  const dirty = saved ? !sameDraft(draft, saved) : true;
  const definition = draft.definition;

  const setDefinition = useCallback((change: (d: JourneyDefinition) => JourneyDefinition) => setDraft((d) => ({ ...d, definition: change(d.definition) })), []);
  const actions = useGraphActions(definition, setDefinition, selected, setSelected);

  const checks = useMemo(() => checkGraph(definition), [definition]);
  const warnings = useMemo(
    () => byNode(checks.map((c) => ({ ...placePath(definition, c.path), message: t(`checks.${c.code}`, { target: c.target ?? '' }) }))),
    [checks, definition, t],
  );
  const current = useMemo(() => stillValid(failure, draft), [failure, draft]);
  const errors = useMemo(() => byNode(current), [current]);

  const fail = (problems: Placed[]) => setFailure({ sent: draft, problems });

  const save = () => {
    const body = inputOf(draft);
    const local = Object.entries(validate(body));
    if (local.length) return fail(local.map(([path, message]) => ({ ...placePath(body.definition, path), message: String(message) })));
    setFailure(null);
    if (!journey || !saved) {
      create.mutate(body, {
        onSuccess: (created) => {
          notifySuccess(t('editor.created', { name: created.name }));
          void navigate({ to: '/journeys/$journeyId', params: { journeyId: created.id }, replace: true });
        },
        onError: (error) => fail(problemsOf(error, body.definition)),
      });
      return;
    }
    update.mutate(patchOf(saved, draft), {
      onSuccess: (after) => notifySuccess(after.version !== journey.version ? t('editor.savedVersion', { version: after.version }) : t('editor.saved')),
      onError: (error) => fail(problemsOf(error, body.definition)),
    });
  };

  /** Publishing checks the whole graph on the server; its complaints are placed like a save's. */
  const goLive = () =>
    publish.mutate(undefined, {
      onSuccess: (after) => {
        setFailure(null);
        notifySuccess(t('editor.published', { name: after.name }));
      },
      onError: (error) => {
        const problems = problemsOf(error, draft.definition);
        if (isApiError(error) && error.status === 400 && problems.length) fail(problems);
        else notifyError(error);
      },
    });

  const stop = () => pause.mutate(undefined, { onSuccess: (after) => notifySuccess(t('editor.paused', { name: after.name })) });

  return {
    draft,
    setDraft,
    definition,
    setDefinition,
    selected,
    select: setSelected,
    actions,
    dirty,
    errors,
    warnings,
    /** Complaints without a node: shown above the canvas. */
    general: current.filter((p) => p.node === ''),
    save,
    saving: create.isPending || update.isPending,
    publish: goLive,
    publishing: publish.isPending,
    pause: stop,
    pausing: pause.isPending,
  };
}

export type JourneyEditorState = ReturnType<typeof useJourneyEditor>;

import { campaignInputSchema, campaignReadySchema, type Campaign, type CampaignInput } from '@rapport/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { schemaValidator } from '../../../../lib/form-validation';
import { notifyError, notifySuccess } from '../../../../lib/notify';
import { useCreateCampaign } from '../../api/create-campaign';
import { useScheduleCampaign } from '../../api/schedule-campaign';
import { useUpdateCampaign } from '../../api/update-campaign';
import { draftOf, inputOf, localInputToIso, sameInput, type CampaignDraft } from '../../model/draft';
import { liveErrors, problemErrors, type PathErrors } from '../../model/errors';

interface Failure {
  /** The request that was refused (or checked): each complaint shows while its value is unchanged. */
  sent: CampaignInput;
  errors: PathErrors;
}

export type DraftChange = Partial<CampaignDraft> | ((d: CampaignDraft) => CampaignDraft);

/**
 * The editor's state: the draft, its complaints (from the contract's checks before sending, and
 * from the server after), and save and schedule. Scheduling saves unsaved changes first.
 */
export function useCampaignEditor(campaign: Campaign | undefined, initial: CampaignDraft) {
  const { t } = useTranslation('campaigns');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [launching, setLaunching] = useState(false);
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? '');
  const schedule = useScheduleCampaign();

  const input = useMemo(() => inputOf(draft), [draft]);
  const errors = failure ? liveErrors(failure.errors, failure.sent, input) : new Map<string, string>();
  const dirty = campaign ? !sameInput(draft, draftOf(campaign)) : true;

  const check = schemaValidator<CampaignInput>(campaignInputSchema, {
    variants: () => t('editor.errors.sameLetter'),
    abTest: () => t('editor.errors.testNeedsTwo'),
    'abTest.testPercent': () => t('editor.errors.tooLittleLeft'),
  });
  const ready = schemaValidator(campaignReadySchema, {});
  /**
   * The contract's complaints, worded for this form where the generic words would not help. A
   * draft saves half-done; scheduling also needs what `campaignReadySchema` asks for.
   */
  const localErrors = (toSchedule = false): PathErrors => {
    const out: PathErrors = new Map(Object.entries(check(input)).map(([path, message]) => [path, String(message)]));
    if (toSchedule) {
      for (const path of Object.keys(ready(input))) {
        if (path === 'audience.include') out.set(path, t('editor.errors.pickSegment'));
        else if (/^variants\.\d+\.templateId$/.test(path)) out.set(path, t('editor.errors.pickTemplate'));
      }
    }
    if (draft.scheduleKind === 'at' && !localInputToIso(draft.at)) out.set('schedule.at', t('editor.errors.pickTime'));
    return out;
  };

  const change = (next: DraftChange) => setDraft((d) => (typeof next === 'function' ? next(d) : { ...d, ...next }));
  const fail = (errs: PathErrors) => setFailure({ sent: input, errors: errs });

  /** Saves what changed (or creates the draft); null when it was refused. */
  const persist = async (toSchedule = false): Promise<Campaign | null> => {
    const local = localErrors(toSchedule);
    if (local.size) {
      fail(local);
      return null;
    }
    try {
      const saved = !campaign ? await create.mutateAsync(input) : dirty ? await update.mutateAsync(input) : campaign;
      setFailure(null);
      return saved;
    } catch (error) {
      fail(problemErrors(error));
      return null;
    }
  };

  const open = (saved: Campaign) => {
    if (!campaign) void navigate({ to: '/campaigns/$campaignId', params: { campaignId: saved.id }, replace: true });
  };

  const save = async () => {
    const saved = await persist();
    if (!saved) return;
    notifySuccess(t('editor.saved', { name: saved.name }));
    open(saved);
  };

  /** Whether the draft may be put to the confirmation: the checks made before any request pass. */
  const readyToSchedule = (): boolean => {
    const local = localErrors(true);
    if (local.size) fail(local);
    return local.size === 0;
  };

  /** Saves, then schedules; true once scheduled. */
  const launch = async (): Promise<boolean> => {
    setLaunching(true);
    try {
      const saved = await persist(true);
      if (!saved) return false;
      try {
        const scheduled = await schedule.mutateAsync(saved.id);
        notifySuccess(t('editor.scheduled', { name: scheduled.name }));
        open(scheduled);
        return true;
      } catch (error) {
        // Saved but not scheduled: a new draft still moves to its own address, where the
        // editor starts afresh, so the reason is told in a notification as well.
        fail(problemErrors(error));
        if (!campaign) notifyError(error);
        open(saved);
        return false;
      }
    } finally {
      setLaunching(false);
    }
  };

  return {
    draft,
    change,
    errors,
    dirty,
    save,
    saving: create.isPending || update.isPending,
    readyToSchedule,
    launch,
    scheduling: launching,
  };
}

export type CampaignEditorState = ReturnType<typeof useCampaignEditor>;

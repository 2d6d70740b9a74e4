import type { Campaign } from '@rapport/contracts';

export type StepKey = 'created' | 'scheduled' | 'launched' | 'testEnds' | 'winner' | 'sent' | 'cancelled';
export type StepState = 'done' | 'current' | 'upcoming';

export interface TimelineStep {
  key: StepKey;
  state: StepState;
  /** When it happened, or when it is planned to; null when neither is known. */
  at: string | null;
}

/**
 * The stages of a campaign with where it stands: created, scheduled (for its launch time),
 * launched, the end of the test and its winner (tests only), and sent. A cancelled campaign keeps
 * what it reached and ends in "cancelled".
 */
export function timelineSteps(c: Campaign): TimelineStep[] {
  const s = c.status;
  const started = s !== 'draft';
  const launched = c.launchedAt !== null;
  const tested = c.winner !== null || s === 'sent';
  const steps: TimelineStep[] = [
    { key: 'created', state: 'done', at: c.createdAt },
    { key: 'scheduled', state: started ? 'done' : 'upcoming', at: c.launchAt },
    { key: 'launched', state: launched && s !== 'launching' ? 'done' : s === 'launching' ? 'current' : 'upcoming', at: c.launchedAt ?? (s === 'scheduled' ? c.launchAt : null) },
  ];
  if (c.abTest) {
    steps.push({ key: 'testEnds', state: tested ? 'done' : s === 'testing' ? 'current' : 'upcoming', at: c.testEndsAt });
    steps.push({ key: 'winner', state: c.winner !== null ? 'done' : 'upcoming', at: null });
  }
  const sending = c.abTest ? s === 'testing' && c.winner !== null : false;
  steps.push({ key: 'sent', state: s === 'sent' ? 'done' : sending ? 'current' : 'upcoming', at: null });
  if (s !== 'cancelled') return steps;
  return [...steps.filter((step) => step.state === 'done'), { key: 'cancelled', state: 'done', at: c.updatedAt }];
}

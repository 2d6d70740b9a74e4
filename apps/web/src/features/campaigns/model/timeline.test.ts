import type { Campaign } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { timelineSteps } from './timeline';

const base: Campaign = {
  id: 'c',
  name: 'C',
  status: 'draft',
  channel: 'email',
  purpose: 'marketing',
  audience: { include: ['s'], exclude: [] },
  variants: [
    { key: 'A', templateId: 't1', templateVersion: 1, weight: 1 },
    { key: 'B', templateId: 't2', templateVersion: 1, weight: 1 },
  ],
  abTest: { testPercent: 20, metric: 'open', waitHours: 4 },
  holdoutPercent: 0,
  schedule: { kind: 'now' },
  couponPoolId: null,
  launchAt: null,
  launchedAt: null,
  testEndsAt: null,
  winner: null,
  winnerReason: null,
  audienceSize: null,
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
};
const states = (c: Campaign) => timelineSteps(c).map((s) => `${s.key}:${s.state}`);

describe('campaign timeline', () => {
  it('has the test and its winner only for a test', () => {
    expect(states(base)).toEqual(['created:done', 'scheduled:upcoming', 'launched:upcoming', 'testEnds:upcoming', 'winner:upcoming', 'sent:upcoming']);
    expect(states({ ...base, abTest: null })).toEqual(['created:done', 'scheduled:upcoming', 'launched:upcoming', 'sent:upcoming']);
  });

  it('follows a test from launch to the winner going out to the rest', () => {
    const launching = { ...base, status: 'launching' as const, launchAt: '2026-04-02T00:00:00.000Z', launchedAt: '2026-04-02T00:00:01.000Z' };
    expect(states(launching)).toEqual(['created:done', 'scheduled:done', 'launched:current', 'testEnds:upcoming', 'winner:upcoming', 'sent:upcoming']);
    const testing = { ...launching, status: 'testing' as const, testEndsAt: '2026-04-02T04:00:00.000Z' };
    expect(states(testing)).toEqual(['created:done', 'scheduled:done', 'launched:done', 'testEnds:current', 'winner:upcoming', 'sent:upcoming']);
    const won = { ...testing, winner: 'B', winnerReason: 'B: 3/10 opened, A: 1/10 opened' };
    expect(states(won)).toEqual(['created:done', 'scheduled:done', 'launched:done', 'testEnds:done', 'winner:done', 'sent:current']);
    expect(states({ ...won, status: 'sent' })).toEqual(['created:done', 'scheduled:done', 'launched:done', 'testEnds:done', 'winner:done', 'sent:done']);
  });

  it('ends a cancelled campaign with what it reached, then the cancellation', () => {
    const cancelled = { ...base, status: 'cancelled' as const, launchAt: '2026-04-02T00:00:00.000Z', launchedAt: '2026-04-02T00:00:01.000Z', updatedAt: '2026-04-02T01:00:00.000Z' };
    const steps = timelineSteps(cancelled);
    expect(steps.map((s) => s.key)).toEqual(['created', 'scheduled', 'launched', 'cancelled']);
    expect(steps.at(-1)?.at).toBe('2026-04-02T01:00:00.000Z');
  });
});

import { audienceEstimateInputSchema, campaignInputSchema, campaignReadySchema, type Campaign } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { addVariant, audienceSplit, draftOf, estimateInputOf, inputOf, isoToLocalInput, localInputToIso, newDraft, removeVariant, sameInput, setChannel, variantShares } from './draft';

const seg = '0190a0a0-0000-7000-8000-000000000001';
const tplA = '0190a0a0-0000-7000-8000-00000000000a';
const tplB = '0190a0a0-0000-7000-8000-00000000000b';

const saved: Campaign = {
  id: 'c1',
  name: 'Spring sale',
  status: 'draft',
  channel: 'sms',
  purpose: 'marketing',
  audience: { include: [seg], exclude: [] },
  variants: [
    { key: 'A', templateId: tplA, templateVersion: 1, weight: 1 },
    { key: 'B', templateId: tplB, templateVersion: 3, weight: 3 },
  ],
  abTest: { testPercent: 30, metric: 'click', waitHours: 2 },
  holdoutPercent: 10,
  schedule: { kind: 'local', date: '2026-05-01', time: '10:30' },
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

describe('campaign drafts', () => {
  it('make back the request of the campaign they came from, which the contract accepts', () => {
    const input = inputOf(draftOf(saved));
    expect(input).toEqual({
      name: 'Spring sale',
      purpose: 'marketing',
      audience: { include: [seg], exclude: [] },
      channel: 'sms',
      variants: [
        { key: 'A', templateId: tplA, weight: 1 },
        { key: 'B', templateId: tplB, weight: 3 },
      ],
      abTest: { testPercent: 30, metric: 'click', waitHours: 2 },
      holdoutPercent: 10,
      schedule: { kind: 'local', date: '2026-05-01', time: '10:30' },
      couponPoolId: null,
    });
    expect(campaignInputSchema.safeParse(input).success).toBe(true);
  });

  it('save with an unpicked template, which scheduling then names', () => {
    const d = addVariant({ ...newDraft(), name: 'x', include: [seg], variants: [{ templateId: tplA, weight: 1 }] });
    const input = campaignInputSchema.parse(inputOf(d));
    expect(input.variants[1]).toEqual({ key: 'B', templateId: null, weight: 1 });
    const ready = campaignReadySchema.safeParse(input);
    expect(ready.error?.issues.map((i) => i.path.join('.'))).toEqual(['variants.1.templateId']);
    const empty = campaignReadySchema.safeParse(campaignInputSchema.parse(inputOf({ ...newDraft(), name: 'Only a name' })));
    expect(empty.error?.issues.map((i) => i.path.join('.'))).toEqual(['audience.include', 'variants.0.templateId']);
  });

  it('turn a date and time of the browser into an instant and back', () => {
    const iso = localInputToIso('2026-05-01T09:15');
    expect(iso).toMatch(/^2026-0[45]-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(isoToLocalInput(iso)).toBe('2026-05-01T09:15');
    expect(localInputToIso('')).toBe('');
    expect(inputOf({ ...newDraft(), scheduleKind: 'at', at: '' }).schedule).toEqual({ kind: 'at', at: '' });
  });

  it('reletter variants after a removal and drop the test with one left', () => {
    const two = draftOf(saved);
    const one = removeVariant(two, 0);
    expect(inputOf(one).variants).toEqual([{ key: 'A', templateId: tplB, weight: 3 }]);
    expect(one.abTest).toBe(false);
    expect(inputOf(one).abTest).toBeNull();
    expect(removeVariant(one, 0)).toBe(one);
  });

  it('clear the templates when the channel changes, and only then', () => {
    const d = draftOf(saved);
    expect(setChannel(d, 'sms')).toBe(d);
    expect(setChannel(d, 'email').variants.map((v) => v.templateId)).toEqual([null, null]);
  });

  it('notice a change of the request, not of fields the request leaves out', () => {
    const d = draftOf(saved);
    expect(sameInput(d, { ...d, at: '2030-01-01T00:00' })).toBe(true);
    expect(sameInput(d, { ...d, holdoutPercent: 5 })).toBe(false);
  });

  it('ask for an estimate only once a segment is included, on the channel picked, whatever order the segments were picked in', () => {
    const other = '0190a0a0-0000-7000-8000-000000000002';
    const left = '0190a0a0-0000-7000-8000-000000000003';
    expect(estimateInputOf(newDraft())).toBeNull();
    expect(estimateInputOf({ ...newDraft(), include: [], exclude: [left] })).toBeNull();
    const input = estimateInputOf({ ...draftOf(saved), include: [other, seg], exclude: [left] });
    expect(input).toEqual({ audience: { include: [seg, other], exclude: [left] }, channel: 'sms' });
    expect(estimateInputOf({ ...draftOf(saved), include: [seg, other], exclude: [left] })).toEqual(input);
    expect(audienceEstimateInputSchema.safeParse(input).success).toBe(true);
    expect(estimateInputOf({ ...newDraft(), include: [seg] })?.channel).toBe('email');
  });

  it('share the messages by weight and split the audience into holdout, test and rest', () => {
    expect(variantShares([{ templateId: null, weight: 1 }, { templateId: null, weight: 3 }])).toEqual([25, 75]);
    expect(variantShares([{ templateId: null, weight: 0 }])).toEqual([0]);
    const d = draftOf(saved);
    expect(audienceSplit(d)).toEqual({ holdout: 10, test: 30, rest: 60 });
    expect(audienceSplit({ ...d, abTest: false })).toEqual({ holdout: 10, test: 90, rest: 0 });
  });
});

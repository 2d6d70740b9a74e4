import { updateWorkspaceSettingsInputSchema } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { stageLabel, toStageRows, toStagesInput, type Stage } from './lifecycle-stages';

const zh: Record<string, string> = { lead: '潛在客戶', customer: '客戶' };
const shown = (s: Stage) => stageLabel(s, (key) => zh[key] ?? key);

describe('stageLabel', () => {
  it('translates untouched defaults and keeps renamed or custom stages', () => {
    expect(shown({ key: 'lead', label: 'Lead' })).toBe('潛在客戶');
    expect(shown({ key: 'lead', label: 'Hot lead' })).toBe('Hot lead');
    expect(shown({ key: 'vip', label: 'VIP' })).toBe('VIP');
  });
});

describe('toStagesInput', () => {
  const saved = [
    { key: 'lead', label: 'Lead' },
    { key: 'customer', label: 'Customer' },
  ];

  it('keeps stored labels of rows left alone, even when shown translated', () => {
    expect(toStagesInput(toStageRows(saved, shown), shown)).toEqual(saved);
  });

  it('saves renamed labels, new stages with keys from their labels, in row order', () => {
    const rows = toStageRows(saved, shown);
    rows[1]!.label = '成交客戶';
    rows.unshift({ key: null, label: 'Evangelist', stored: null }, { key: null, label: '大使', stored: null });
    const input = toStagesInput(rows, shown);
    expect(input).toEqual([
      { key: 'evangelist', label: 'Evangelist' },
      { key: 'stage_4', label: '大使' },
      { key: 'lead', label: 'Lead' },
      { key: 'customer', label: '成交客戶' },
    ]);
    expect(updateWorkspaceSettingsInputSchema.safeParse({ lifecycleStages: input }).success).toBe(true);
  });

  it('gives a new stage a free key when its slug is taken', () => {
    const rows = [...toStageRows(saved, shown), { key: null, label: 'lead', stored: null }];
    expect(toStagesInput(rows, shown)[2]).toEqual({ key: 'lead_2', label: 'lead' });
  });
});

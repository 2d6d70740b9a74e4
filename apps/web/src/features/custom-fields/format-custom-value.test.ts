import { describe, expect, it } from 'vitest';
import { formatCustomValue, type FieldShape } from './format-custom-value';

const shape = (type: FieldShape['type'], extra: Partial<FieldShape> = {}): FieldShape => ({ type, options: [], currency: null, ...extra });
const yesNo: [string, string] = ['Yes', 'No'];

describe('formatCustomValue', () => {
  it('is null for empty values', () => {
    expect(formatCustomValue(shape('text'), '', 'en', yesNo)).toBeNull();
    expect(formatCustomValue(shape('multi_select'), [], 'en', yesNo)).toBeNull();
    expect(formatCustomValue(shape('number'), null, 'en', yesNo)).toBeNull();
  });

  it('shows option labels', () => {
    const options = [
      { value: 'gold', label: '金卡' },
      { value: 'silver', label: '銀卡' },
    ];
    expect(formatCustomValue(shape('select', { options }), 'gold', 'en', yesNo)).toBe('金卡');
    expect(formatCustomValue(shape('multi_select', { options }), ['gold', 'silver', 'gone'], 'en', yesNo)).toBe('金卡, 銀卡, gone');
  });

  it('formats numbers, money, flags and dates for the language', () => {
    expect(formatCustomValue(shape('number'), 1234.5, 'en', yesNo)).toBe('1,234.5');
    expect(formatCustomValue(shape('currency', { currency: 'TWD' }), 1200, 'en', yesNo)).toMatch(/1,200/);
    expect(formatCustomValue(shape('boolean'), false, 'en', yesNo)).toBe('No');
    expect(formatCustomValue(shape('date'), '2024-05-01', 'en', yesNo)).toBe('May 1, 2024');
  });
});

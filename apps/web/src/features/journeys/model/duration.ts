export type DurationUnit = 'minutes' | 'hours' | 'days';

const perUnit: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** Minutes in the largest unit that divides them: 2880 is 2 days, 90 is 90 minutes. */
export function splitMinutes(minutes: number): { value: number; unit: DurationUnit } {
  if (minutes > 0 && minutes % perUnit.days === 0) return { value: minutes / perUnit.days, unit: 'days' };
  if (minutes > 0 && minutes % perUnit.hours === 0) return { value: minutes / perUnit.hours, unit: 'hours' };
  return { value: minutes, unit: 'minutes' };
}

export const toMinutes = (value: number, unit: DurationUnit): number => Math.round(value * perUnit[unit]);

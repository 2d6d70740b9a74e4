import { nasldStates, type NasldReport, type NasldSettings, type NasldState } from '@rapport/contracts';

/** One colour per state, warm as customers cool off; charts and badges share them. */
export const stateColors: Record<NasldState, string> = { N: 'cyan.6', A: 'teal.6', S: 'yellow.6', L: 'orange.6', D: 'red.7', prospect: 'gray.5' };

/** Shown in lifecycle order rather than alphabetically. */
export const stateOrder: readonly NasldState[] = nasldStates;

export const isNasldState = (s: string | null): s is NasldState => s !== null && (nasldStates as readonly string[]).includes(s);

/** Every state with its counts, zero for the states nobody is in. */
export function stateTotals(report: NasldReport): { state: NasldState; contacts: number; revenue: number }[] {
  const found = new Map(report.states.map((s) => [s.state, s]));
  return stateOrder.map((state) => ({ state, contacts: found.get(state)?.contacts ?? 0, revenue: found.get(state)?.revenue ?? 0 }));
}

/** One row per day the model ran, one column per state, for a stacked chart. */
export function historyRows(history: NasldReport['history']): ({ day: string } & Record<NasldState, number>)[] {
  const byDay = new Map<string, { day: string } & Record<NasldState, number>>();
  for (const h of history) {
    const row = byDay.get(h.day) ?? { day: h.day, N: 0, A: 0, S: 0, L: 0, D: 0, prospect: 0 };
    row[h.state] = h.contacts;
    byDay.set(h.day, row);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * The day limits of the states for a contact whose cycle is `cycle` days, as the server applies
 * them: N while t ≤ max(C, new days); A while t ≤ C; S ≤ sleepy × C; L ≤ lost × C; D beyond.
 * D is tested first, so lost × C and the deep-dormant cap bound every other state.
 */
export function stateLimits(settings: NasldSettings, cycle: number) {
  const cap = settings.deepDormantAfterDays;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    newDays: round(Math.min(Math.max(cycle, settings.newWithinDays), settings.lostMultiplier * cycle, cap)),
    activeDays: round(Math.min(cycle, cap)),
    sleepyDays: round(Math.min(settings.sleepyMultiplier * cycle, cap)),
    lostDays: round(Math.min(settings.lostMultiplier * cycle, cap)),
  };
}

/** Days the list's sparkline covers. */
export const trendDays = 30;

/**
 * The sparkline's points: one per day of the last 30, oldest first. A day without a recorded
 * size (before the segment existed, or a day the job did not run) carries the size before it, so
 * the line shows steps rather than drops to zero; today ends on the current size.
 */
export function trendPoints(trend: { day: string; size: number }[], current: number, today = new Date()): number[] {
  const byDay = new Map(trend.map((p) => [p.day, p.size]));
  const out: number[] = [];
  let last: number | null = null;
  const first = trend[0]?.size ?? current;
  for (let i = trendDays - 1; i >= 0; i--) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i)).toISOString().slice(0, 10);
    last = byDay.get(day) ?? last;
    out.push(i === 0 ? current : (last ?? first));
  }
  return out;
}

/** An ISO time `days` (and `hours`) before now; windows like "the last 7 days" hold whenever a test runs. */
export const ago = (days: number, hours = 0) => new Date(Date.now() - days * 86_400_000 - hours * 3_600_000).toISOString();

/** A Segment track call by the contact whose external id is `u-<who>`, with a messageId unique to its content. */
export const trackAs = (who: string, event: string, daysAgo: number, properties: Record<string, unknown> = {}, hours = 0) => ({
  type: 'track',
  userId: `u-${who}`,
  event,
  properties,
  timestamp: ago(daysAgo, hours),
  messageId: `${who}-${event}-${daysAgo}-${hours}-${JSON.stringify(properties)}`,
});

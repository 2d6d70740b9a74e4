import { journeyStatuses } from '@rapport/contracts';

export type JourneyStatus = (typeof journeyStatuses)[number];
export { journeyStatuses };

export const isJourneyStatus = (v: unknown): v is JourneyStatus => typeof v === 'string' && (journeyStatuses as readonly string[]).includes(v);

/** Badge colours by status. */
export const statusColor: Record<JourneyStatus, string> = { draft: 'gray', live: 'teal', paused: 'yellow', archived: 'dark' };

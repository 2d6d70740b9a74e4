import { isJourneyStatus, type JourneyStatus } from './model/status';

export interface JourneysSearch {
  status?: JourneyStatus | undefined;
}

/** The list's status filter lives in the URL, so a link reproduces it. */
export const validateJourneysSearch = (search: Record<string, unknown>): JourneysSearch => (isJourneyStatus(search.status) ? { status: search.status } : {});

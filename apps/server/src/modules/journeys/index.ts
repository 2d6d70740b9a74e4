export { journeyRoutes } from './journeys.routes.js';
export { journeyEventConsumer } from './journeys.consumer.js';
export { journeyDatesJob, enrolDateTriggers } from './journeys.dates.js';
export { drainJourneys, startJourneyWorker } from './journeys.worker.js';
export { runDueJourneys } from './journeys.engine.js';
export { processSignals as processJourneySignals } from './journeys.signals.js';
export { journeyTimelineSource } from './journeys.timeline.js';
export { getJourney, listJourneys, publishJourney } from './journeys.service.js';
export { enrol, journeyStats } from './journeys.runs.js';

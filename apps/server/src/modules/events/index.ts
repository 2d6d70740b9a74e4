export { trackingRoutes } from './events.gateway.js';
export { eventRoutes } from './events.routes.js';
export { eventTimelineSource } from './events.service.js';
export { sourceRoutes } from './sources.routes.js';
export { EventWriter } from './events.writer.js';
export { drainInbox, processChunk, type ConsumedEvent, type EventConsumer } from './events.process.js';
export { eventsCleanupJob, startEventProcessor } from './events.processor.js';
export { trackerRoute } from './events.tracker.js';
export { findIdentityValues, recordContactEvents, type ContactEvent } from './events.server.js';

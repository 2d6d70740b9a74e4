export { segmentRoutes } from './segments.routes.js';
export { drainDirty, processDirty, recomputeWorkspace, startSegmentWorker } from './segments.membership.js';
export { modelsNightlyJob, segmentsRecomputeJob } from './segments.jobs.js';
export { modelRoutes } from './models.routes.js';
export { recomputeModelsOf } from './models.service.js';
export { modelTimelineSource, segmentTimelineSource } from './segments.timeline.js';
export { listSegments } from './segments.service.js';
export { audiencePage, audienceQuery, existingSegmentIds } from './segments.lists.js';
/** For other modules that test definitions on some contacts (journey branches and wait-fors). */
export { compileSegment, type SegmentEnv } from './segments.compile.js';
export { matchingContacts } from './segments.membership.js';
export { segmentEnv } from './segments.fields.js';

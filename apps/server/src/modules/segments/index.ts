export { segmentRoutes } from './segments.routes.js';
export { drainDirty, processDirty, recomputeWorkspace, startSegmentWorker } from './segments.membership.js';
export { segmentsRecomputeJob } from './segments.jobs.js';
export { segmentTimelineSource } from './segments.timeline.js';

export { taskRoutes } from './tasks.routes.js';
export { createTasksIn, type NewTask } from './tasks.service.js';
export { taskTimelineSource } from './tasks.timeline.js';

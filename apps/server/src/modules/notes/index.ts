export { noteRoutes } from './notes.routes.js';
export { addNote, noteTimelineSource } from './notes.service.js';
export { sanitizeNote } from './notes.sanitize.js';

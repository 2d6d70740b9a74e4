export { consentRoutes } from './consent.routes.js';
export { contactRoutes } from './contacts.routes.js';
export { contactMergeRoutes } from './contacts.merge.routes.js';
export { absorbedContactIds } from './contacts.merge.js';
export { assertContact, contactFieldMap, createContact } from './contacts.service.js';
export { consentTimelineSource, mergeTimelineSource } from './contacts.timeline.js';
export { searchContacts } from './contacts.search.js';
export { writeContacts, type WriteItem } from './contacts.upsert.js';
export { loadWriteScope } from './contacts.write.js';

export { consentRoutes } from './consent.routes.js';
export { contactRoutes } from './contacts.routes.js';
export { createContact, listContacts } from './contacts.service.js';

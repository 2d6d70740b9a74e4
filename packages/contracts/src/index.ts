export * from './common.js';
export * from './auth.js';
export * from './contacts.js';
export * from './audit.js';
export * from './workspace-settings.js';
export * from './consent.js';

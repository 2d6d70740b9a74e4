export { ImportsPage } from './routes/ImportsPage';
export { ImportWizardPage } from './routes/ImportWizardPage';
export { ImportPage } from './routes/ImportPage';
export { ImportButton } from './components/ImportButton';
export { importKeys } from './api/imports';
export type { ImportEntity } from './import-status';
export { validateWizardSearch, type WizardSearch } from './wizard-search';

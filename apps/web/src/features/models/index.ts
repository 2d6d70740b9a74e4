export { RfmPage } from './routes/RfmPage';
export { NasldPage } from './routes/NasldPage';
export { ModelSettingsPage } from './routes/ModelSettingsPage';
export { useRfmReport, useNasldReport, useModelSettings } from './api/models';

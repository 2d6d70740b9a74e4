export { modelFields, wrapModel } from './models.fields.js';
export { computeRfm, rfmReport } from './models.rfm.js';
export { computeNasld, nasldReport } from './models.nasld.js';
export { defaultModelSettings, findModelSettings, saveModelSettings } from './models.settings.js';

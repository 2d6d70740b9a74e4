export { modelFields, wrapModel } from './models.fields.js';

export {
  decodeText,
  detectEncoding,
  parseEncoding,
  SUPPORTED_ENCODINGS,
  type DetectedEncoding,
  type SupportedEncoding,
} from './imports.decode.js';
export { normaliseHeader, splitFullName, suggestMapping, type MappingTarget } from './imports.mapping.js';
export {
  detectFormat,
  previewTable,
  readTable,
  type ReadTableOptions,
  type TablePreview,
  type TableReader,
} from './imports.read.js';
export type { RowErrorCode, TableFormat, TableRow } from './imports.types.js';
export { importRoutes } from './imports.routes.js';
export { importJob, importJobName } from './imports.jobs.js';
export { runImport } from './imports.run.js';
export { createImport, findResumableImport, findUnfinishedImports, getImport, startImport } from './imports.service.js';

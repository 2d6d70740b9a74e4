import type { SegmentTemplate } from './segment-templates/build.js';
import { behaviourTemplates } from './segment-templates/behaviour.js';
import { customerTemplates } from './segment-templates/customers.js';

export { segmentTemplateCategories, segmentTemplateLanguages } from './segment-templates/build.js';
export type { SegmentTemplate, SegmentTemplateCategory, SegmentTemplateLanguage } from './segment-templates/build.js';

/** Every ready-made template, in the order the picker shows them. */
export const segmentTemplates: readonly SegmentTemplate[] = [...customerTemplates, ...behaviourTemplates];

import type { SegmentTemplate } from './segment-templates/build.js';
import { audienceTemplates } from './segment-templates/audience.js';
import { behaviourTemplates } from './segment-templates/behaviour.js';
import { lifecycleTemplates } from './segment-templates/lifecycle.js';
import { valueTemplates } from './segment-templates/value.js';

export { segmentTemplateCategories, segmentTemplateLanguages } from './segment-templates/build.js';
export type { SegmentTemplate, SegmentTemplateCategory, SegmentTemplateLanguage } from './segment-templates/build.js';

/** Every ready-made template, in the order the picker shows them. */
export const segmentTemplates: readonly SegmentTemplate[] = [...lifecycleTemplates, ...valueTemplates, ...behaviourTemplates, ...audienceTemplates];

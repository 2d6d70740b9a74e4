import { defaultLifecycleStages } from '@rapport/contracts';
import { suggestKey } from '../custom-fields/values';

export interface Stage {
  key: string;
  label: string;
}

const defaults = new Map(defaultLifecycleStages.map((s) => [s.key, s.label]));
/** The keys of `defaultLifecycleStages`, which have translated labels. */
export type DefaultStageKey = 'subscriber' | 'lead' | 'prospect' | 'customer' | 'repeat_customer' | 'churned';

/**
 * The label to show for a stage. A workspace's stages start as English defaults; while a default
 * keeps its original label it is shown translated, and once renamed it shows as the workspace wrote it.
 */
export function stageLabel(stage: Stage, translateDefault: (key: DefaultStageKey) => string): string {
  return defaults.get(stage.key) === stage.label ? translateDefault(stage.key as DefaultStageKey) : stage.label;
}

/** A row of the stage editor: `key` is null for a stage not saved yet; `stored` is its saved label. */
export interface StageRow {
  key: string | null;
  label: string;
  stored: string | null;
}

export const toStageRows = (stages: Stage[], shown: (s: Stage) => string): StageRow[] =>
  stages.map((s) => ({ key: s.key, label: shown(s), stored: s.label }));

/**
 * The stages to save. A row whose shown (maybe translated) label was left alone keeps its stored
 * label, so saving in 日本語 doesn't rewrite English defaults; new rows get keys from their labels.
 */
export function toStagesInput(rows: StageRow[], shown: (s: Stage) => string): Stage[] {
  const taken = rows.flatMap((r) => (r.key ? [r.key] : []));
  return rows.map((r) => {
    const label = r.label.trim();
    if (r.key && r.stored !== null) {
      const unchanged = label === shown({ key: r.key, label: r.stored }).trim();
      return { key: r.key, label: unchanged ? r.stored : label };
    }
    const key = suggestKey(label, taken, 'stage');
    taken.push(key);
    return { key, label };
  });
}

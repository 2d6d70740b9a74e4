import { useTranslation } from 'react-i18next';
import { useWorkspaceSettings } from './api/workspace-settings';
import { stageLabel, type Stage } from './lifecycle-stages';

/** The workspace's lifecycle stages in order, labelled for the reader (defaults translated). */
export function useLifecycleStages() {
  const { t } = useTranslation('settings');
  const settings = useWorkspaceSettings();
  const shown = (s: Stage) => stageLabel(s, (key) => t(`workspace.stages.defaults.${key}`));
  const stages = (settings.data?.lifecycleStages ?? []).map((s) => ({ key: s.key, label: shown(s) }));
  /** The label of a stage key; a key no longer in the list shows as stored. */
  const labelOf = (key: string | null | undefined) => (key ? (stages.find((s) => s.key === key)?.label ?? key) : null);
  return { stages, labelOf, shown, isPending: settings.isPending };
}

export { SettingsLayout } from './routes/SettingsLayout';
export { ApiKeysSection, AuditSection, IdentitySection, InvitationsSection, MembersSection, SourcesSection, WorkspaceSection } from './routes/sections';
export { ProfilePanel as ProfileSection } from './components/ProfilePanel';
export { settingsTabs, type SettingsTabId } from './tabs';
export { useWorkspaceSettings } from './api/workspace-settings';
export { useLifecycleStages } from './use-lifecycle-stages';

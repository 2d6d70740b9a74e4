import {
  IconBuildingStore,
  IconChartDots,
  IconFileText,
  IconFingerprint,
  IconForms,
  IconKey,
  IconMail,
  IconPlugConnected,
  IconUser,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** Settings sections, in tab order. Admin-only ones show a notice to other roles. */
export const settingsTabs = [
  { id: 'workspace', path: '/settings/workspace', icon: IconBuildingStore, adminOnly: false },
  { id: 'fields', path: '/settings/fields', icon: IconForms, adminOnly: false },
  { id: 'members', path: '/settings/members', icon: IconUsers, adminOnly: false },
  { id: 'invitations', path: '/settings/invitations', icon: IconMail, adminOnly: true },
  { id: 'sources', path: '/settings/sources', icon: IconPlugConnected, adminOnly: false },
  { id: 'identity', path: '/settings/identity', icon: IconFingerprint, adminOnly: false },
  { id: 'models', path: '/settings/models', icon: IconChartDots, adminOnly: false },
  { id: 'apiKeys', path: '/settings/api-keys', icon: IconKey, adminOnly: true },
  { id: 'audit', path: '/settings/audit', icon: IconFileText, adminOnly: true },
  { id: 'profile', path: '/settings/profile', icon: IconUser, adminOnly: false },
] as const satisfies readonly { id: string; path: string; icon: Icon; adminOnly: boolean }[];

export type SettingsTabId = (typeof settingsTabs)[number]['id'];

import type { Role } from '@rapport/contracts';
import { useMe } from './api/me';

/** Viewers read; everyone else may create and edit records. */
export const canWrite = (role: Role | null | undefined): boolean => Boolean(role) && role !== 'viewer';

/** Managers and above change workspace configuration: custom fields, event sources, identity rules. */
export const canConfigure = (role: Role | null | undefined): boolean => role === 'owner' || role === 'admin' || role === 'manager';

/** Owners and admins manage members, invitations, API keys and see the audit log. */
export const canAdminister = (role: Role | null | undefined): boolean => role === 'owner' || role === 'admin';

/** The signed-in user's role in the active workspace, or null without one. */
export function useRole(): Role | null {
  return useMe().workspace?.role ?? null;
}

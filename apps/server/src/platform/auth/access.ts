import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/organization/access';
import type { Role } from '@rapport/contracts';

/**
 * Better-auth permissions for workspace administration. Rapport's own resources are checked
 * with `can()` below; these statements only guard better-auth's organization and API-key routes.
 */
const statements = { ...defaultStatements, apiKey: ['create', 'read', 'update', 'delete'] } as const;
export const ac = createAccessControl(statements);

const admin = {
  organization: ['update'],
  member: ['create', 'update', 'delete'],
  invitation: ['create', 'cancel'],
  team: [],
  ac: ['read'],
  apiKey: ['create', 'read', 'update', 'delete'],
} as const;

export const accessRoles = {
  owner: ac.newRole({ ...admin, organization: ['update', 'delete'] }),
  admin: ac.newRole(admin),
  manager: ac.newRole({ apiKey: ['read'] }),
  member: ac.newRole({}),
  viewer: ac.newRole({}),
};

/**
 * What a role may do with Rapport's data. `configure` covers the data model (custom fields);
 * `admin` covers members, API keys and the audit log.
 */
export type Permission = 'read' | 'write' | 'configure' | 'admin';

const rank: Record<Role, number> = { owner: 4, admin: 3, manager: 2, member: 1, viewer: 0 };
const required: Record<Permission, number> = { read: 0, write: 1, configure: 2, admin: 3 };

export function can(role: Role, permission: Permission): boolean {
  return rank[role] >= required[permission];
}

/** An admin may not hand out or take away a role above their own. */
export function outranks(actor: Role, target: Role): boolean {
  return rank[actor] >= rank[target];
}

import { and, asc, count, eq, lt, or, sql } from 'drizzle-orm';
import { roleSchema, type Role } from '@rapport/contracts';
import type { Db } from '../../platform/db.js';
import { afterTimeKey, type PageRequest } from '../../platform/pagination.js';
import { apiKeys, instanceSecrets, invitations, members, sessions, users, verifications, workspaces } from '../../platform/auth/schema.js';

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

/** Claims first-run setup once: true for the single caller that got it. */
export async function claimSetup(db: Db): Promise<boolean> {
  const rows = await db
    .insert(instanceSecrets)
    .values({ name: 'setup', value: new Date().toISOString() })
    .onConflictDoNothing()
    .returning();
  return rows.length === 1;
}

export async function releaseSetup(db: Db): Promise<void> {
  await db.delete(instanceSecrets).where(eq(instanceSecrets.name, 'setup'));
}

const asRole = (r: string): Role => roleSchema.catch('viewer').parse(r);

/** The user's workspaces in the order they joined; `createdAt` and `memberId` form the keyset. */
export async function listUserWorkspaces(db: Db, userId: string, page?: PageRequest) {
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: members.role, memberId: members.id, createdAt: members.createdAt })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.organizationId))
    .where(and(eq(members.userId, userId), afterTimeKey(members.createdAt, members.id, page?.after)))
    .orderBy(asc(members.createdAt), asc(members.id))
    .limit(page ? page.limit + 1 : 1000);
  return rows.map((r) => ({ ...r, role: asRole(r.role) }));
}

/** Workspaces whose id, slug or name (case-insensitive) is `ref`; names need not be unique. */
export function findWorkspacesByRef(db: Db, ref: string) {
  return db
    .select()
    .from(workspaces)
    .where(or(eq(workspaces.id, ref), eq(workspaces.slug, ref), sql`lower(${workspaces.name}) = lower(${ref})`))
    .limit(10);
}

export async function findOwnerUserId(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, workspaceId), eq(members.role, 'owner')))
    .orderBy(asc(members.createdAt))
    .limit(1);
  return row?.userId ?? null;
}

const memberColumns = {
  id: members.id,
  userId: members.userId,
  role: members.role,
  createdAt: members.createdAt,
  name: users.name,
  email: users.email,
};

export async function listMembers(db: Db, workspaceId: string, page: PageRequest) {
  const rows = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, workspaceId), afterTimeKey(members.createdAt, members.id, page.after)))
    .orderBy(asc(members.createdAt), asc(members.id))
    .limit(page.limit + 1);
  return rows.map((r) => ({ ...r, role: asRole(r.role) }));
}

/** A member of the workspace, by membership id or by user id, with their name and email. */
export async function findMember(db: Db, workspaceId: string, by: { memberId: string } | { userId: string }) {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, workspaceId), 'memberId' in by ? eq(members.id, by.memberId) : eq(members.userId, by.userId)));
  return row ? { ...row, role: asRole(row.role) } : null;
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.organizationId, workspaceId), eq(members.role, 'owner')));
  return row?.n ?? 0;
}

export async function findInvitation(db: Db, id: string) {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.organizationId))
    .where(eq(invitations.id, id));
  return row ?? null;
}

export function listInvitations(db: Db, workspaceId: string, page: PageRequest) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, workspaceId),
        eq(invitations.status, 'pending'),
        afterTimeKey(invitations.createdAt, invitations.id, page.after),
      ),
    )
    .orderBy(asc(invitations.createdAt), asc(invitations.id))
    .limit(page.limit + 1);
}

export function listApiKeys(db: Db, workspaceId: string, page: PageRequest) {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.referenceId, workspaceId), afterTimeKey(apiKeys.createdAt, apiKeys.id, page.after)))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))
    .limit(page.limit + 1);
}

export async function findApiKey(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.referenceId, workspaceId), eq(apiKeys.id, id)));
  return row ?? null;
}

export async function purgeExpiredAuthRows(db: Db): Promise<void> {
  const now = new Date();
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(verifications).where(lt(verifications.expiresAt, now));
  await db
    .update(invitations)
    .set({ status: 'canceled' })
    .where(and(eq(invitations.status, 'pending'), lt(invitations.expiresAt, now)));
}

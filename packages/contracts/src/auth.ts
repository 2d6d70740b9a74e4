import { z } from 'zod';

/** Workspace roles, most powerful first. */
export const roles = ['owner', 'admin', 'manager', 'member', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z.email().max(254).transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(8, 'Password must have at least 8 characters').max(128);
const nameSchema = z.string().trim().min(1).max(100);

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

export const setupInputSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  workspaceName: nameSchema,
});
export type SetupInput = z.input<typeof setupInputSchema>;

export const loginInputSchema = z.object({ email: emailSchema, password: z.string().min(1).max(128) });
export type LoginInput = z.input<typeof loginInputSchema>;

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: roleSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const createWorkspaceInputSchema = z.object({ name: nameSchema });
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInputSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  workspace: workspaceSchema.nullable(),
  workspaces: z.array(workspaceSchema),
});
export type Me = z.infer<typeof meSchema>;

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const updateMemberInputSchema = z.object({ role: roleSchema });
export type UpdateMemberInput = z.input<typeof updateMemberInputSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(['pending', 'accepted', 'rejected', 'canceled']),
  expiresAt: z.iso.datetime(),
  /** Path of the page where the invitee accepts; the id in it is the secret. */
  link: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationInputSchema = z.object({
  email: emailSchema,
  role: roleSchema.exclude(['owner']),
});
export type CreateInvitationInput = z.input<typeof createInvitationInputSchema>;

/** What an invitee sees before accepting: no session needed, the link is the secret. */
export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: roleSchema,
  status: invitationSchema.shape.status,
  hasAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationInputSchema = z.object({
  /** Required when the invitee has no account yet. */
  name: nameSchema.optional(),
  password: z.string().min(1).max(128),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationInputSchema>;

export const apiKeyScopes = ['read', 'write', 'track'] as const;
export const apiKeyScopeSchema = z.enum(apiKeyScopes);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the key, so people can tell keys apart. */
  start: z.string().nullable(),
  scopes: z.array(apiKeyScopeSchema),
  enabled: z.boolean(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(64),
  scopes: z.array(apiKeyScopeSchema).min(1).transform((s) => [...new Set(s)]),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;

/** Returned once, at creation: the only time the secret is shown. */
export const createdApiKeySchema = apiKeySchema.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

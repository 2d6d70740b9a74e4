import { z } from 'zod';
import { apiKeyScopeSchema, emailSchema, passwordSchema } from '@rapport/contracts';
import type { Ctx } from '../platform/context.js';
import type { Database } from '../platform/db.js';
import { createApiKey, findOwnerUserId, findUserByEmail, findWorkspacesByRef, initWorkspaceSettings, isKnownRegion, slugify } from '../modules/auth/index.js';
import { authFor, openRuntime, parseFlags, type Flags, type Runtime } from './runtime.js';


async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime();
  try {
    return await fn(rt);
  } finally {
    await rt.database.close();
  }
}

/** The one workspace `ref` names; an error listing the candidates when it is ambiguous. */
export async function resolveWorkspace(database: Database, ref: string) {
  const found = await findWorkspacesByRef(database.db, ref);
  if (found.length === 0) throw new Error(`No workspace named "${ref}".`);
  if (found.length > 1) throw new Error(`Several workspaces match "${ref}"; use a slug: ${found.map((w) => w.slug).join(', ')}`);
  return found[0]!;
}

const userCreateFlags = z.object({
  email: emailSchema,
  password: passwordSchema,
  workspace: z.string().trim().min(1, 'required').max(100),
  name: z.string().trim().min(1).max(100).optional(),
  /** The new workspace's default phone region; else the one of LANG (zh_TW.UTF-8 → TW). */
  region: z.string().trim().toUpperCase().refine(isKnownRegion, 'a two-letter country code, e.g. TW').optional(),
});

/** The shell's language as a language tag: `zh_TW.UTF-8` → `zh-TW`. */
const shellLanguage = () => (process.env.LC_ALL || process.env.LANG || '').split('.')[0]!.replace('_', '-') || null;

/** `rapport user create`: the user, plus the workspace with them as owner when it does not exist yet. */
export async function runUserCreate(flags: Flags): Promise<void> {
  const f = parseFlags(userCreateFlags, flags);
  await withRuntime(async (rt) => {
    if (await findUserByEmail(rt.database.db, f.email)) throw new Error(`A user with email ${f.email} already exists.`);
    const auth = await authFor(rt);
    const { user } = await auth.api.signUpEmail({ body: { email: f.email, password: f.password, name: f.name ?? f.email.split('@')[0]! } });
    const existing = await findWorkspacesByRef(rt.database.db, f.workspace);
    if (existing.length > 1) throw new Error(`Several workspaces match "${f.workspace}"; use a slug.`);
    if (existing[0]) {
      await auth.api.addMember({ body: { userId: user.id, role: 'member', organizationId: existing[0].id } });
      console.log(`Created user ${f.email} as member of workspace "${existing[0].name}".`);
    } else {
      const org = await auth.api.createOrganization({ body: { name: f.workspace, slug: slugify(f.workspace), userId: user.id } });
      await initWorkspaceSettings(rt.database.db, org!.id, shellLanguage(), f.region);
      console.log(`Created user ${f.email} and workspace "${f.workspace}" with them as owner.`);
    }
  });
}

const apiKeyCreateFlags = z.object({
  workspace: z.string().trim().min(1, 'required'),
  scopes: z
    .string({ error: 'required, e.g. read,write' })
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(apiKeyScopeSchema).min(1)),
  name: z.string().trim().min(1).max(64).default('CLI key'),
});

/** `rapport apikey create`: prints only the key, so scripts can capture it. */
export async function runApiKeyCreate(flags: Flags): Promise<void> {
  const f = parseFlags(apiKeyCreateFlags, flags);
  await withRuntime(async (rt) => {
    const ws = await resolveWorkspace(rt.database, f.workspace);
    const ownerId = await findOwnerUserId(rt.database.db, ws.id);
    if (!ownerId) throw new Error(`Workspace "${ws.name}" has no owner.`);
    const ctx: Ctx = {
      db: rt.database.db,
      workspaceId: ws.id,
      // better-auth checks that a member with the right may create the key: the owner vouches for the CLI.
      actor: { type: 'system', id: ownerId, label: 'rapport CLI' },
      role: 'owner',
      via: 'cli',
      log: rt.log,
    };
    const key = await createApiKey({ auth: await authFor(rt) }, ctx, { name: f.name, scopes: f.scopes });
    process.stdout.write(`${key.key}\n`);
  });
}

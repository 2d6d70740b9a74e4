import type { ApiKey, CreateApiKeyInput, CreatedApiKey, Page, PageQuery } from '@rapport/contracts';
import { decodeTimeKey, timeKeyOf, toPage } from '../../platform/pagination.js';
import { parseScopes } from '../../platform/auth/authenticate.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/index.js';
import { callAuth } from './auth.errors.js';
import * as repo from './auth.repo.js';
import type { AuthDeps } from './session.service.js';

type KeyRow = NonNullable<Awaited<ReturnType<typeof repo.findApiKey>>>;

function toApiKey(r: KeyRow): ApiKey {
  return {
    id: r.id,
    name: r.name ?? '',
    start: r.start,
    scopes: parseScopes(r.permissions ? (JSON.parse(r.permissions) as Record<string, string[]>) : null),
    enabled: r.enabled ?? true,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastRequest?.toISOString() ?? null,
  };
}

export async function listApiKeys(ctx: Ctx, q: PageQuery): Promise<Page<ApiKey>> {
  const rows = await repo.listApiKeys(ctx.db, ctx.workspaceId, { after: decodeTimeKey(q.cursor), limit: q.limit });
  const page = toPage(rows, q.limit, timeKeyOf);
  return { data: page.data.map(toApiKey), nextCursor: page.nextCursor };
}

/** Creates a workspace key. better-auth stores only its hash; the secret is returned this once. */
export async function createApiKey(deps: Pick<AuthDeps, 'auth'>, ctx: Ctx, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const created = await callAuth(() =>
    deps.auth.api.createApiKey({
      body: {
        name: input.name,
        organizationId: ctx.workspaceId,
        userId: ctx.actor.id ?? undefined,
        permissions: { scopes: [...new Set(input.scopes)] },
      },
    }),
  );
  const row = await repo.findApiKey(ctx.db, ctx.workspaceId, created.id);
  if (!row) throw notFound('API key');
  await recordAudit(ctx.db, ctx, {
    entity: 'api_key',
    entityId: row.id,
    action: 'create',
    changes: { name: { before: null, after: row.name }, scopes: { before: null, after: input.scopes } },
  });
  return { ...toApiKey(row), key: created.key };
}

export async function revokeApiKey(deps: AuthDeps, ctx: Ctx, id: string): Promise<void> {
  const row = await repo.findApiKey(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound('API key');
  await callAuth(() => deps.auth.api.deleteApiKey({ headers: deps.headers, body: { keyId: id } }));
  await recordAudit(ctx.db, ctx, { entity: 'api_key', entityId: id, action: 'delete', changes: { name: { before: row.name, after: null } } });
}

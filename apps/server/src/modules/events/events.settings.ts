import { sql } from 'drizzle-orm';
import type { IdentityRules } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';

const defaults: IdentityRules = { blockedValues: [], limits: {} };

export async function findIdentityRules(tx: Db, workspaceId: string): Promise<IdentityRules> {
  const [row] = await selectRows<{ rules: IdentityRules | null }>(tx, sql`select identity_rules as rules from workspace_settings where workspace_id = ${workspaceId}`);
  return row?.rules ?? defaults;
}

export async function saveIdentityRules(tx: Db, workspaceId: string, rules: IdentityRules): Promise<IdentityRules> {
  await tx.execute(sql`insert into workspace_settings (workspace_id, identity_rules) values (${workspaceId}, ${JSON.stringify(rules)}::jsonb)
    on conflict (workspace_id) do update set identity_rules = excluded.identity_rules, updated_at = now()`);
  return rules;
}

import type { FastifyBaseLogger } from 'fastify';
import type { Role } from '@rapport/contracts';
import type { Db } from './db.js';

export interface Actor {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  /** Who to show in the audit log: an email, a key name, or "system". */
  label: string;
}

export type Via = 'api' | 'ui' | 'cli' | 'system';

/** What every service function receives. Built per request, or by the CLI and workers. */
export interface Ctx {
  db: Db;
  workspaceId: string;
  actor: Actor;
  /** The member's role; null for API keys, which act through their scopes. */
  role: Role | null;
  via: Via;
  log: FastifyBaseLogger;
}


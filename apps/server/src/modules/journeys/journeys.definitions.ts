import { sql } from 'drizzle-orm';
import type { JourneyDefinition, JourneyStep } from '@rapport/contracts';
import { selectRows, textArray, type Db } from '../../platform/db.js';

/**
 * Definitions of published versions, by "<journey id>:<version>". A published version never
 * changes (an edit makes the next one), so the engine and the event consumer keep what they read;
 * only runs of published versions exist, so nothing reads an unpublished one through here.
 */
const cache = new Map<string, JourneyDefinition>();
const maxCached = 2000;

export const versionKey = (journeyId: string, version: number) => `${journeyId}:${version}`;

/** The definitions of these versions, read once per process. */
export async function loadDefinitions(tx: Db, workspaceId: string, pairs: { journeyId: string; version: number }[]): Promise<Map<string, JourneyDefinition>> {
  const out = new Map<string, JourneyDefinition>();
  const missing = new Map<string, { journeyId: string; version: number }>();
  for (const p of pairs) {
    const key = versionKey(p.journeyId, p.version);
    const hit = cache.get(key);
    if (hit) out.set(key, hit);
    else missing.set(key, p);
  }
  if (missing.size) {
    const rows = await selectRows<{ journey_id: string; version: number; definition: JourneyDefinition }>(
      tx,
      sql`select v.journey_id, v.version, v.definition from journey_versions v
          join json_to_recordset(${JSON.stringify([...missing.values()])}::json) as p("journeyId" uuid, version int)
            on v.journey_id = p."journeyId" and v.version = p.version
          where v.workspace_id = ${workspaceId} and v.published_at is not null`,
    );
    if (cache.size + rows.length > maxCached) cache.clear();
    for (const r of rows) {
      const key = versionKey(r.journey_id, r.version);
      cache.set(key, r.definition);
      out.set(key, r.definition);
    }
  }
  return out;
}

/** A step of a definition by id. */
export function stepOf(def: JourneyDefinition, id: string | null): JourneyStep | undefined {
  return id === null ? undefined : def.steps.find((s) => s.id === id);
}

/** A live journey as enrolment needs it: the version new contacts enter, and its definition. */
export interface LiveJourney {
  id: string;
  name: string;
  version: number;
  definition: JourneyDefinition;
}

/** Live journeys of the workspace with this kind of trigger (and key: event name, segment id, model). */
export async function liveJourneys(tx: Db, workspaceId: string, kinds: string[], keys?: string[]): Promise<LiveJourney[]> {
  const rows = await selectRows<{ id: string; name: string; version: number }>(
    tx,
    sql`select id, name, version from journeys where workspace_id = ${workspaceId} and status = 'live'
          and trigger_kind = any(${textArray(kinds)}) ${keys ? sql`and trigger_key = any(${textArray(keys)})` : sql``}`,
  );
  const defs = await loadDefinitions(tx, workspaceId, rows.map((r) => ({ journeyId: r.id, version: r.version })));
  return rows.flatMap((r) => {
    const definition = defs.get(versionKey(r.id, r.version));
    return definition ? [{ ...r, definition }] : [];
  });
}

import { sql, type SQL } from 'drizzle-orm';
import { messageEventNames, wellKnownEvents, type FilterCondition, type SegmentCatalog, type SegmentGroup } from '@rapport/contracts';
import { selectRows, type Db } from '../../platform/db.js';
import { describeField, type FilterField } from '../../platform/filters.js';
import { companyFields } from '../companies/index.js';
import { contactFields } from '../contacts/index.js';
import { modelFields, wrapModel } from '../models/index.js';
import type { FieldScope, SegmentEnv } from './segments.compile.js';

const consentChannels = ['email', 'sms', 'line', 'phone'] as const;
const consentStatuses = ['subscribed', 'unsubscribed', 'unknown'].map((v) => ({ value: v, label: v }));

/**
 * The current consent of each channel, a scope each: the status of the contact's latest consent
 * event, else unknown. Read as one set per channel rather than a lookup per contact, which took
 * 2.5 s over 1M contacts.
 */
const consentScopes = (workspaceId: string): FieldScope[] =>
  consentChannels.map((channel) => ({
    fields: byPath([{ path: `consent.${channel}`, label: `Consent: ${channel}`, type: 'select', options: consentStatuses, expr: sql`cs.status` }]),
    missingPasses: holdsForUnknown,
    wrap: (cond: SQL, orMissing: boolean, only: (col: SQL) => SQL | undefined) => {
      const scope = [sql`ce.workspace_id = ${workspaceId} and ce.channel = ${channel}`, only(sql`ce.contact_id`)].filter((p): p is SQL => p !== undefined);
      const rows = (test: SQL) => sql`select cs.contact_id from (
          select distinct on (ce.contact_id) ce.contact_id, ce.status from contact_consent_events ce where ${sql.join(scope, sql` and `)}
          order by ce.contact_id, ce.created_at desc, ce.id desc
        ) cs where ${test}`;
      return orMissing ? sql`contacts.id not in (${rows(sql`not coalesce(${cond}, false)`)})` : sql`contacts.id in (${rows(cond)})`;
    },
  }));

/** Whether a condition on a consent field holds for a contact without consent events (status unknown). */
function holdsForUnknown(c: FilterCondition): boolean {
  const list = (Array.isArray(c.value) ? c.value : [c.value]).map((v) => String(v).toLowerCase());
  switch (c.op) {
    case 'eq':
    case 'in':
      return list.includes('unknown');
    case 'neq':
    case 'not_in':
      return !list.includes('unknown');
    case 'is_set':
      return true;
    default:
      return false;
  }
}

const t = (col: string) => sql.raw(`t.${col}`);
const traitFields: FilterField[] = [
  { path: 'traits.firstSeenAt', label: 'First seen', type: 'datetime', expr: t('first_seen_at') },
  { path: 'traits.lastSeenAt', label: 'Last seen', type: 'datetime', expr: t('last_seen_at') },
  { path: 'traits.firstOrderAt', label: 'First order', type: 'datetime', expr: t('first_order_at') },
  { path: 'traits.lastOrderAt', label: 'Last order', type: 'datetime', expr: t('last_order_at') },
  { path: 'traits.orderCount', label: 'Orders', type: 'number', expr: t('order_count') },
  { path: 'traits.revenue', label: 'Revenue', type: 'currency', expr: t('revenue') },
  { path: 'traits.favouriteCategory', label: 'Favourite category', type: 'text', expr: t('favourite_category') },
  { path: 'traits.acquisitionSource', label: 'Acquisition source', type: 'text', expr: t('acquisition_source') },
  { path: 'traits.acquisitionMedium', label: 'Acquisition medium', type: 'text', expr: t('acquisition_medium') },
  { path: 'traits.acquisitionCampaign', label: 'Acquisition campaign', type: 'text', expr: t('acquisition_campaign') },
];

const byPath = (fields: FilterField[]) => new Map(fields.map((f) => [f.path, f]));

/** Profile fields a segment may test: the contact's own, consent, computed traits and company fields. */
export async function profileScopes(tx: Db, workspaceId: string): Promise<FieldScope[]> {
  const own = await contactFields(tx, workspaceId);
  const company = [...(await companyFields(tx, workspaceId)).values()].map((f) => ({ ...f, path: `company.${f.path}`, label: `Company: ${f.label}` }));
  return [
    { fields: own },
    ...consentScopes(workspaceId),
    {
      fields: byPath(traitFields),
      wrap: (cond: SQL, orMissing: boolean, only: (col: SQL) => SQL | undefined) => {
        const rows = (test: SQL) => sql`select t.contact_id from contact_traits t where ${sql.join([sql`t.workspace_id = ${workspaceId}`, only(sql`t.contact_id`), test].filter((p): p is SQL => p !== undefined), sql` and `)}`;
        return orMissing ? sql`contacts.id not in (${rows(sql`not coalesce(${cond}, false)`)})` : sql`contacts.id in (${rows(cond)})`;
      },
    },
    {
      fields: byPath(company),
      // Per contact by the company's primary key: companies are few, and this reads one row each.
      wrap: (cond: SQL, orMissing: boolean) =>
        orMissing
          ? sql`not exists (select 1 from companies where companies.workspace_id = ${workspaceId} and companies.id = contacts.company_id and not (${cond}))`
          : sql`contacts.company_id in (select companies.id from companies where companies.workspace_id = ${workspaceId} and ${cond})`,
    },
  ];
}

/** Everything a definition of this workspace is compiled against. */
export async function segmentEnv(tx: Db, workspaceId: string, selfId?: string): Promise<SegmentEnv> {
  const profile = await profileScopes(tx, workspaceId);
  const events = await selectRows<{ type: string; name: string }>(tx, sql`select type, name from event_catalog where workspace_id = ${workspaceId}`);
  const segments = await selectRows<{ id: string; name: string; definition: SegmentGroup | null }>(
    tx,
    sql`select id, name, definition from segments where workspace_id = ${workspaceId}`,
  );
  return {
    workspaceId,
    profile,
    models: [{ fields: modelFields, wrap: wrapModel(workspaceId) }],
    knownEvents: new Set(events.map((e) => `${e.type}:${e.name}`)),
    segments: new Map(segments.map((s) => [s.id, { name: s.name, definition: s.definition }])),
    selfId,
  };
}

/** The builder's catalogue: every field, model output, event and segment a condition may name. */
export async function segmentCatalog(tx: Db, workspaceId: string): Promise<SegmentCatalog> {
  const profile = (await profileScopes(tx, workspaceId)).flatMap((s) => [...s.fields.values()].map(describeField));
  const events = await selectRows<{ type: string; name: string; count: number; keys: string[] | null }>(
    tx,
    sql`select c.type, c.name, c.count::float8 as count,
          (select array_agg(k.key order by k.count desc) from event_property_keys k where k.workspace_id = c.workspace_id and k.type = c.type and k.name = c.name) as keys
        from event_catalog c where c.workspace_id = ${workspaceId} and c.type in ('track', 'page', 'screen') order by c.count desc`,
  );
  const seen = new Set(events.map((e) => `${e.type}:${e.name}`));
  const segments = await selectRows<{ id: string; name: string; kind: 'dynamic' | 'static' }>(
    tx,
    sql`select id, name, kind from segments where workspace_id = ${workspaceId} order by lower(name)`,
  );
  return {
    profile,
    models: [...modelFields.values()].map(describeField),
    events: [
      ...events.map((e) => ({ type: e.type, name: e.name, count: e.count, propertyKeys: e.keys ?? [] })),
      ...[...wellKnownEvents, ...Object.values(messageEventNames)].filter((n) => !seen.has(`track:${n}`)).map((name) => ({ type: 'track', name, count: 0, propertyKeys: [] })),
    ],
    segments,
  };
}

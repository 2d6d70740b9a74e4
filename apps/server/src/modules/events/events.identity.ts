import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { defaultIdentityLimit, defaultIdentityLimits, type EventType, type IdentityRules } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import type { FieldError } from '../../platform/errors.js';
import { selectRows, textArray, type Db } from '../../platform/db.js';
import { findContactMatches, findContactsByIds, loadWriteScope, mergeContactsIn, writeContacts, writeProfile, type ContactData, type ContactRow } from '../contacts/index.js';
import { isBlockedIdentity } from './events.normalize.js';
import { hasContactData, lineUserIdOf, traitsToContact } from './events.traits.js';

/** What the processor reads of each inbox row to resolve identities. */
export interface IdentityRow {
  id: number;
  type: EventType;
  message_id: string;
  source_id: string | null;
  anonymous_id: string | null;
  user_id: string | null;
  traits: Record<string, unknown> | null;
  previous_id: string | null;
  external_ids: unknown;
}

export interface IdentityProblem {
  sourceId: string | null;
  messageId: string;
  reason: string;
}

interface State {
  tx: Db;
  ctx: Ctx;
  rules: IdentityRules;
  blocked: ReadonlySet<string>;
  /** userId (a contact's external id) → contact. */
  byUser: Map<string, string>;
  /** contact → its userId, for the contacts this chunk touches. */
  userOf: Map<string, string | null>;
  /** `kind:value` → contact, for anonymous ids, LINE ids and other external ids. */
  byIdentity: Map<string, string>;
  problems: IdentityProblem[];
  /** Anonymous ids linked in this chunk: their earlier events get the contact. */
  linkedAnonymous: Map<string, string>;
  scope: Awaited<ReturnType<typeof loadWriteScope>> | null;
  customKeys: ReadonlySet<string>;
  /** Contacts read (and locked) up front, those of the chunk's identify calls, by id. */
  rows: Map<string, ContactRow>;
  /** Links made in this chunk, inserted together at the end (see flushLinks). */
  pending: { kind: string; value: string; contactId: string; row: IdentityRow }[];
  /** Contacts merged away in this chunk → their survivor. */
  mergedInto: Map<string, string>;
  /** Events whose identify traits went into a contact created for them up front. */
  createdBy: Set<number>;
  /** Identify traits read as contact fields, by event. */
  traits: Map<number, ReturnType<typeof traitsToContact>>;
}

const key = (kind: string, value: string) => `${kind}:${value}`;

async function load(s: State, rows: IdentityRow[]) {
  const ws = s.ctx.workspaceId;
  const users = [...new Set(rows.flatMap((r) => [r.user_id, r.previous_id]).filter((v): v is string => Boolean(v)))];
  if (users.length) {
    const found = await selectRows<{ id: string; external_id: string }>(
      s.tx,
      sql`select id, external_id from contacts where workspace_id = ${ws} and deleted_at is null and external_id = any(${textArray(users)})`,
    );
    for (const r of found) {
      s.byUser.set(r.external_id, r.id);
      s.userOf.set(r.id, r.external_id);
    }
  }
  // The contacts identify calls will update, read and locked in one query instead of one each.
  const identified = [...new Set(rows.filter((r) => r.type === 'identify' && r.user_id).map((r) => s.byUser.get(r.user_id!)).filter((v): v is string => Boolean(v)))];
  for (const c of await findContactsByIds(s.tx, ws, identified, { forUpdate: true })) s.rows.set(c.id, c);
  const anon = [...new Set(rows.flatMap((r) => [r.anonymous_id, r.previous_id]).filter((v): v is string => Boolean(v)))];
  if (anon.length) {
    const found = await selectRows<{ contact_id: string; value: string; external_id: string | null }>(
      s.tx,
      sql`select i.contact_id, i.value, c.external_id from contact_identities i join contacts c on c.id = i.contact_id and c.workspace_id = ${ws}
          where i.workspace_id = ${ws} and i.kind = 'anonymous_id' and i.value = any(${textArray(anon)})`,
    );
    for (const r of found) {
      s.byIdentity.set(key('anonymous_id', r.value), r.contact_id);
      s.userOf.set(r.contact_id, r.external_id);
    }
  }
}

async function scopeOf(s: State) {
  s.scope ??= await loadWriteScope(s.tx, s.ctx);
  return s.scope;
}

function note(s: State, row: IdentityRow, reason: string) {
  s.problems.push({ sourceId: row.source_id, messageId: row.message_id, reason });
}

/** Records a conflict once; returns whether it is new. */
async function conflict(s: State, row: IdentityRow, reason: 'different_user_ids' | 'identity_limit', kind: string, value: string, contactId: string | null, other: string | null) {
  const inserted = await selectRows<{ id: string }>(
    s.tx,
    sql`insert into identity_conflicts (id, workspace_id, reason, kind, value, contact_id, other_contact_id, message_id)
        select ${uuidv7()}, ${s.ctx.workspaceId}, ${reason}, ${kind}, ${value}, ${contactId}::uuid, ${other}::uuid, ${row.message_id}
        where not exists (select 1 from identity_conflicts where workspace_id = ${s.ctx.workspaceId} and reason = ${reason}
          and kind = ${kind} and value = ${value} and contact_id is not distinct from ${contactId}::uuid)
        returning id`,
  );
  return inserted.length > 0;
}

/** Reports traits of an event that were left out of its profile. */
function noteDropped(s: State, row: IdentityRow, dropped: FieldError[]) {
  if (dropped.length) note(s, row, `stored, but these traits were not applied: ${dropped.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
}

/** An id the workspace's rules (or the built-in list) do not block, else null. */
const usable = (s: State, v: string | null) => (v && !isBlockedIdentity(v, s.blocked) ? v : null);

/** An identify's traits as contact fields, read once per event however often they are asked for. */
function traitsOf(s: State, row: IdentityRow) {
  if (row.type !== 'identify' || !row.traits) return null;
  let t = s.traits.get(row.id);
  if (!t) s.traits.set(row.id, (t = traitsToContact(row.traits, s.customKeys)));
  return t;
}

/** Writes traits to a contact (or a new one); fields that fail are reported on the event. */
async function write(s: State, row: IdentityRow, id: string | null, data: ContactData): Promise<string | null> {
  const result = await writeProfile(await scopeOf(s), id, data, id ? s.rows.get(id) : undefined);
  noteDropped(s, row, result.dropped);
  return result.id;
}

/** Links an identity to a contact; the row is written with the chunk's others (flushLinks). */
async function link(s: State, row: IdentityRow, kind: string, value: string, contactId: string) {
  const k = key(kind, value);
  const holder = s.byIdentity.get(k);
  if (holder === contactId) return;
  if (holder) return merge(s, row, contactId, holder, kind, value);
  s.pending.push({ kind, value, contactId, row });
  s.byIdentity.set(k, contactId);
  if (kind === 'anonymous_id') s.linkedAnonymous.set(value, contactId);
}

/**
 * Writes the chunk's new links in one statement, each within the workspace's limit for its kind:
 * a link past the limit is dropped (its events stay with the visitor) and recorded for review.
 */
async function flushLinks(s: State) {
  if (!s.pending.length) return;
  const survivor = (id: string) => {
    while (s.mergedInto.has(id)) id = s.mergedInto.get(id)!;
    return id;
  };
  const links = s.pending.map((p) => ({ ...p, contactId: survivor(p.contactId) }));
  const counts = await selectRows<{ contact_id: string; kind: string; n: number }>(
    s.tx,
    sql`select contact_id::text, kind, count(*)::int as n from contact_identities
        where workspace_id = ${s.ctx.workspaceId} and contact_id::text = any(${textArray([...new Set(links.map((l) => l.contactId))])})
        group by contact_id, kind`,
  );
  const held = new Map(counts.map((c) => [`${c.contact_id}:${c.kind}`, c.n]));
  const rows: { id: string; workspace_id: string; kind: string; value: string; contact_id: string }[] = [];
  for (const l of links) {
    const limit = s.rules.limits[l.kind] ?? defaultIdentityLimits[l.kind] ?? defaultIdentityLimit;
    const n = held.get(`${l.contactId}:${l.kind}`) ?? 0;
    if (n >= limit) {
      s.byIdentity.delete(key(l.kind, l.value));
      s.linkedAnonymous.delete(l.value);
      if (await conflict(s, l.row, 'identity_limit', l.kind, l.value, l.contactId, null)) {
        note(s, l.row, `${l.kind} ${l.value} was not linked: the profile already has ${limit}, the limit`);
      }
      continue;
    }
    held.set(`${l.contactId}:${l.kind}`, n + 1);
    rows.push({ id: uuidv7(), workspace_id: s.ctx.workspaceId, kind: l.kind, value: l.value, contact_id: l.contactId });
  }
  if (rows.length) {
    await s.tx.execute(sql`insert into contact_identities (id, workspace_id, kind, value, contact_id)
      select id, workspace_id, kind, value, contact_id from json_populate_recordset(null::contact_identities, ${JSON.stringify(rows)}::json)
      on conflict do nothing`);
  }
  s.pending = [];
}

/**
 * Merges the profile `other` into `target`, unless each carries a different userId: then the
 * conflict is recorded for a person to review, and both stay as they are.
 */
async function merge(s: State, row: IdentityRow, target: string, other: string, kind: string, value: string) {
  const a = s.userOf.get(target) ?? null;
  const b = s.userOf.get(other) ?? null;
  if (a && b && a !== b) {
    if (await conflict(s, row, 'different_user_ids', kind, value, target, other)) {
      note(s, row, `not merged: ${kind} ${value} belongs to a profile with another userId`);
    }
    return;
  }
  // The profile with the userId survives; between two without, the one the call names.
  const [survivorId, mergedId] = b && !a ? [other, target] : [target, other];
  // Links waiting to be written must exist before the merge moves the merged contact's identities.
  await flushLinks(s);
  await mergeContactsIn(s.tx, s.ctx, { survivorId, mergedId, pick: {} });
  s.mergedInto.set(mergedId, survivorId);
  s.rows.delete(mergedId);
  for (const map of [s.byUser, s.byIdentity, s.linkedAnonymous]) for (const [k, v] of map) if (v === mergedId) map.set(k, survivorId);
  s.userOf.set(survivorId, a ?? b);
  s.userOf.delete(mergedId);
  return survivorId;
}

/** The contact holding one of these emails or phones, preferring one without a userId. */
async function findByContactData(s: State, data: ContactData): Promise<string | null> {
  const emails = data.email ? [data.email] : [];
  if (!emails.length) return null;
  const found = await findContactMatches(s.tx, s.ctx.workspaceId, { emails, phones: [], externalIds: [] });
  for (const c of found) s.userOf.set(c.id, c.externalId);
  return (found.find((c) => !c.externalId) ?? found[0])?.id ?? null;
}

/**
 * The contact a userId names, created (or attached to the visitor's profile) when new; `created`
 * says whether it was created from `data` just now.
 */
async function contactOfUser(s: State, row: IdentityRow, user: string, visitor: string | undefined, data: ContactData | null) {
  const known = s.byUser.get(user);
  if (known) return { id: known, created: s.createdBy.has(row.id) };
  // A visitor's profile, or the contact holding the identify's email, that has no userId yet takes this one.
  let target = visitor && !s.userOf.get(visitor) ? visitor : null;
  if (!target && data?.email) {
    const byEmail = await findByContactData(s, data);
    if (byEmail && !s.userOf.get(byEmail)) target = byEmail;
  }
  const id = await write(s, row, target, { ...(target ? {} : (data ?? {})), externalId: user });
  if (!id) return { id: null, created: false };
  s.byUser.set(user, id);
  s.userOf.set(id, user);
  return { id, created: !target };
}

/**
 * Creates, in one write, the contacts of the chunk's new userIds that have nowhere else to go:
 * their first event neither comes from a visitor with a profile nor identifies an email that a
 * contact without a userId holds. Those others are attached in order by resolveOne. A new site
 * sees thousands of new users a minute; one at a time, each cost eight queries.
 */
async function createNewUsers(s: State, rows: IdentityRow[]) {
  const firsts = new Map<string, { row: IdentityRow; data: ContactData | null }>();
  for (const row of rows) {
    const user = usable(s, row.user_id);
    if (!user || s.byUser.has(user) || firsts.has(user) || row.type === 'alias') continue;
    const t = traitsOf(s, row)?.data;
    firsts.set(user, { row, data: t && hasContactData(t) ? t : null });
  }
  if (!firsts.size) return;
  const emails = [...new Set([...firsts.values()].map((f) => f.data?.email).filter((e): e is string => Boolean(e)))];
  const holders = emails.length ? await findContactMatches(s.tx, s.ctx.workspaceId, { emails, phones: [], externalIds: [] }) : [];
  const claimable = new Set(holders.filter((c) => !c.externalId).flatMap((c) => [c.email, ...c.emails]));
  const create = [...firsts].filter(([, { row, data }]) => {
    const visitor = row.anonymous_id ? s.byIdentity.get(key('anonymous_id', row.anonymous_id)) : undefined;
    return !(visitor && !s.userOf.get(visitor)) && !(data?.email && claimable.has(data.email));
  });
  if (!create.length) return;
  // Matched on the userId: the one lookup also spares each new contact its own uniqueness check.
  const results = await writeContacts(
    await scopeOf(s),
    create.map(([user, { data }], index) => ({ index, data: { ...(data ?? {}), externalId: user } })),
    { match: 'externalId', onDuplicate: 'update' },
  );
  for (const r of results) {
    // A rejected one (invalid traits) is left to resolveOne, which writes the valid fields.
    if (r.status !== 'created' || !r.id) continue;
    const [user, { row, data }] = create[r.index]!;
    s.byUser.set(user, r.id);
    s.userOf.set(r.id, user);
    if (data) s.createdBy.add(row.id);
  }
}

async function resolveOne(s: State, row: IdentityRow) {
  const user = usable(s, row.user_id);
  const anon = usable(s, row.anonymous_id);
  const visitor = anon ? s.byIdentity.get(key('anonymous_id', anon)) : undefined;
  let data: ContactData | null = null;
  const t = traitsOf(s, row);
  if (t) {
    noteDropped(s, row, t.dropped);
    if (hasContactData(t.data)) data = t.data;
  }
  let target: string | null = null;
  let wrote = false;
  if (row.type === 'alias') {
    const previous = usable(s, row.previous_id);
    if (!previous || !user) return;
    const prior = s.byUser.get(previous) ?? s.byIdentity.get(key('anonymous_id', previous));
    const current = (await contactOfUser(s, row, user, prior, null)).id;
    if (!current) return;
    if (prior && prior !== current) await merge(s, row, current, prior, 'alias', previous);
    else if (!prior) await link(s, row, 'anonymous_id', previous, current);
    target = s.byUser.get(user) ?? current;
  } else if (user) {
    const found = await contactOfUser(s, row, user, visitor, data);
    target = found.id;
    wrote = found.created;
  } else if (data) {
    // Identified by email alone (a form, say): that contact, or a new one.
    target = visitor ?? (await findByContactData(s, data));
    if (!target) {
      target = await write(s, row, null, data);
      wrote = true;
    }
  } else target = visitor ?? null;
  if (!target) return;
  if (data && !wrote) await write(s, row, target, data);
  if (anon) await link(s, row, 'anonymous_id', anon, target);
  target = (anon && s.byIdentity.get(key('anonymous_id', anon))) || target;
  const line = lineUserIdOf(row.traits);
  if (line) await link(s, row, 'line', line, target);
  if (Array.isArray(row.external_ids)) {
    for (const x of row.external_ids.slice(0, 20) as { id?: unknown; type?: unknown }[]) {
      const kind = typeof x?.type === 'string' ? x.type.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40) : '';
      const value = typeof x?.id === 'string' ? x.id.slice(0, 200) : '';
      if (/^[a-z]/.test(kind) && usable(s, value) && kind !== 'anonymous_id') await link(s, row, kind, value, target);
    }
  }
}

/**
 * Resolves the identities of a chunk of events, in order, inside the processor's transaction:
 * userIds are contacts' external ids; anonymous ids, LINE ids and other external ids live in
 * contact_identities. identify and alias link an anonymous profile to a known one, merging two
 * contacts when both exist. Events with only an unknown anonymous id stay anonymous until then.
 */
export async function resolveIdentities(tx: Db, ctx: Ctx, rows: IdentityRow[], rules: IdentityRules, customKeys: ReadonlySet<string>) {
  const s: State = {
    tx,
    ctx,
    rules,
    blocked: new Set(rules.blockedValues.map((v) => v.trim().toLowerCase())),
    byUser: new Map(),
    userOf: new Map(),
    byIdentity: new Map(),
    problems: [],
    linkedAnonymous: new Map(),
    scope: null,
    customKeys,
    rows: new Map(),
    pending: [],
    mergedInto: new Map(),
    createdBy: new Set(),
    traits: new Map(),
  };
  await load(s, rows);
  await createNewUsers(s, rows);
  for (const row of rows) {
    const ofUser = row.user_id ? s.byUser.get(row.user_id) : undefined;
    const ofAnonymous = row.anonymous_id ? s.byIdentity.get(key('anonymous_id', row.anonymous_id)) : undefined;
    // Most events name a known visitor or user and change nothing here.
    const needsWork =
      row.type === 'identify' ||
      row.type === 'alias' ||
      Array.isArray(row.external_ids) ||
      (row.user_id && !ofUser) ||
      (row.user_id && row.anonymous_id && ofAnonymous !== ofUser);
    if (needsWork) await resolveOne(s, row);
  }
  await flushLinks(s);
  return { problems: s.problems, linkedAnonymous: s.linkedAnonymous };
}

import { sql, type SQL } from 'drizzle-orm';
import {
  maxSegmentDepth,
  messageEventNames,
  wellKnownEvents,
  type FilterCondition,
  type PropertyFilter,
  type SegmentCondition,
  type SegmentGroup,
  type SegmentNode,
  type SegmentWindow,
} from '@rapport/contracts';
import { textArray } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { compileCondition, FilterErrors, type FilterField } from '../../platform/filters.js';
import { netRevenueSql } from '../commerce/index.js';

/**
 * Fields a profile or model condition may name. The contact's own fields are columns of the row
 * being tested; the others live in another table (traits, company, models) and `wrap` turns a
 * condition on that table's row into one on the contact.
 */
export interface FieldScope {
  fields: ReadonlyMap<string, FilterField>;
  /**
   * `orMissing`: also true for a contact that has no row there (for is-not-set, ≠, not in).
   * `only` narrows the table's rows to the candidates, given the column of their contact.
   */
  wrap?: (cond: SQL, orMissing: boolean, only: (contactCol: SQL) => SQL | undefined) => SQL;
  /** Whether a contact with no row there passes the condition; by default, per its operator (is not set, ≠, not in). */
  missingPasses?: (c: FilterCondition) => boolean;
}

/** What a definition is compiled against: the workspace's fields, events and segments. */
export interface SegmentEnv {
  workspaceId: string;
  profile: FieldScope[];
  models: FieldScope[];
  /** Event names received, as "type:name". */
  knownEvents: ReadonlySet<string>;
  /** Segments and lists of the workspace, by id, with their definitions (null for lists). */
  segments: ReadonlyMap<string, { name: string; definition: SegmentGroup | null }>;
  /** The segment being compiled, if it is saved: a reference back to it is a cycle. */
  selfId?: string | undefined;
  /**
   * The contacts being evaluated (a uuid[] parameter), when only some are: every subquery is
   * narrowed to them, so a refresh of a few contacts reads their rows, not every event.
   */
  candidates?: SQL | undefined;
}

/** Operators that hold for an absent value, so a contact without a related row passes them. */
const passesWhenMissing = new Set(['is_not_set', 'neq', 'not_in', 'not_contains']);

/**
 * Compiles a segment definition to one parameterised SQL condition on the `contacts` row. Values
 * are bound, never spliced. Every problem is reported together, each with the path of its
 * condition ("definition.children.2.count.value").
 */
export function compileSegment(def: SegmentGroup, env: SegmentEnv, basePath = 'definition'): SQL {
  const errors = new FilterErrors();
  const out = new Compiler(env, errors).group(def, basePath, 1);
  const cycle = findCycle(def, env);
  if (cycle) errors.add(basePath, `Segments refer to each other in a loop: ${cycle.join(' → ')}`);
  if (errors.list.length) throw new AppError('validation_failed', 'The segment definition is not valid', { errors: errors.list });
  return out ?? sql`true`;
}

/** Ids of the segments a definition refers to, at any depth of its groups. */
export function referencedSegments(node: SegmentNode): string[] {
  if (node.type === 'group') return node.children.flatMap(referencedSegments);
  return node.type === 'segment' ? [node.segmentId] : [];
}

function findCycle(def: SegmentGroup, env: SegmentEnv): string[] | null {
  const nameOf = (id: string) => env.segments.get(id)?.name ?? id;
  const walk = (node: SegmentNode, trail: string[]): string[] | null => {
    for (const id of referencedSegments(node)) {
      if (id === env.selfId || trail.includes(id)) return [...trail, id].map(nameOf);
      const next = env.segments.get(id)?.definition;
      if (next) {
        const found = walk(next, [...trail, id]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(def, env.selfId ? [env.selfId] : []);
}

const knownByDefault = new Set<string>([...wellKnownEvents, ...Object.values(messageEventNames)].map((n) => `track:${n}`));

type Compare = { op: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'between'; value: number | [number, number] };

/**
 * A number to compare a column or an aggregate with. Whole numbers go in as bigint: an integer
 * column compared with a numeric would be cast, and the planner would lose its statistics (it
 * guessed 5,000 one-time buyers of 302,000 and probed each).
 */
const bound = (v: number) => (Number.isSafeInteger(v) ? sql`${v}::bigint` : sql`${v}::numeric`);

/** A numeric comparison as SQL and as a JS test (to know whether a contact with no rows passes). */
function comparison(c: Compare, path: string, errors: FilterErrors): { sql: (x: SQL) => SQL; test: (n: number) => boolean } | null {
  const v = c.value;
  if (c.op === 'between') {
    if (!Array.isArray(v) || v[0] > v[1]) {
      errors.add(`${path}.value`, 'Give two numbers, the smaller first');
      return null;
    }
    return { sql: (x) => sql`${x} between ${bound(v[0])} and ${bound(v[1])}`, test: (n) => n >= v[0] && n <= v[1] };
  }
  if (Array.isArray(v)) {
    errors.add(`${path}.value`, 'A single number');
    return null;
  }
  const ops = {
    eq: [sql`=`, (n: number) => n === v],
    neq: [sql`<>`, (n: number) => n !== v],
    gt: [sql`>`, (n: number) => n > v],
    gte: [sql`>=`, (n: number) => n >= v],
    lt: [sql`<`, (n: number) => n < v],
    lte: [sql`<=`, (n: number) => n <= v],
  } as const;
  const [symbol, test] = ops[c.op];
  return { sql: (x) => sql`${x} ${symbol} ${bound(v)}`, test };
}

/** The condition a window puts on a timestamp column; undefined for "ever". Dates are UTC days. */
export function windowSql(col: SQL, w: SegmentWindow): SQL | undefined {
  switch (w.kind) {
    case 'ever':
      return undefined;
    case 'last_days':
      return sql`${col} >= now() - make_interval(days => ${w.days}::int)`;
    case 'between':
      return sql`${col} >= (${w.from}::date::timestamp at time zone 'UTC') and ${col} < ((${w.to}::date + 1)::timestamp at time zone 'UTC')`;
  }
}

/** Only the lower bound of a window: what follows an event in the window may fall after its end. */
function windowStartSql(col: SQL, w: SegmentWindow): SQL | undefined {
  if (w.kind === 'ever') return undefined;
  return w.kind === 'last_days' ? sql`${col} >= now() - make_interval(days => ${w.days}::int)` : sql`${col} >= (${w.from}::date::timestamp at time zone 'UTC')`;
}

const and = (parts: (SQL | undefined)[]) =>
  sql.join(
    parts.filter((p): p is SQL => p !== undefined),
    sql` and `,
  );

/**
 * "Contacts whose rows in `from` (grouped by contact) satisfy `having`". When a contact with no
 * rows satisfies it too (at most 2 times, did not perform, revenue under 100), the test is turned
 * around: not among the contacts whose group fails it. Both are uncorrelated subqueries, which
 * PostgreSQL runs once, as a join or a hashed set, wherever they sit in the tree (under NOT or OR
 * too); a correlated form would run once per contact.
 */
function perContact(from: SQL, contactCol: SQL, having: SQL, zeroPasses: boolean): SQL {
  if (!zeroPasses) return sql`contacts.id in (select ${contactCol} from ${from} group by ${contactCol} having ${having})`;
  return sql`contacts.id not in (select ${contactCol} from ${from} group by ${contactCol} having not coalesce(${having}, false))`;
}

const numberPattern = '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$';

class Compiler {
  constructor(
    private readonly env: SegmentEnv,
    private readonly errors: FilterErrors,
  ) {}

  /** The candidates restriction on a subquery's contact column, if only some contacts are evaluated. */
  private readonly only = (contactCol: SQL): SQL | undefined => (this.env.candidates ? sql`${contactCol} = any(${this.env.candidates})` : undefined);

  group(g: SegmentGroup, path: string, depth: number): SQL | undefined {
    if (depth > maxSegmentDepth) {
      this.errors.add(path, `Conditions nest at most ${maxSegmentDepth} levels deep`);
      return undefined;
    }
    const parts = g.children
      .map((child, i) => (child.type === 'group' ? this.group(child, `${path}.children.${i}`, depth + 1) : this.condition(child, `${path}.children.${i}`)))
      .filter((p): p is SQL => p !== undefined);
    if (parts.length === 0) return g.negate ? sql`false` : undefined;
    const joined = sql.join(
      parts.map((p) => sql`(${p})`),
      g.combinator === 'or' ? sql` or ` : sql` and `,
    );
    // Two-valued under NOT: a condition on an empty field is unknown (null) in SQL, and NOT unknown
    // would drop the contact from both a group and its negation.
    return g.negate ? sql`not coalesce((${joined}), false)` : sql`(${joined})`;
  }

  private condition(c: SegmentCondition, path: string): SQL | undefined {
    const ws = this.env.workspaceId;
    switch (c.type) {
      case 'condition':
        return this.field(c, this.env.profile, path);
      case 'model':
        return this.field({ type: 'condition', field: c.field, op: c.op, value: c.value }, this.env.models, path);
      case 'event': {
        const where = this.eventWhere(c, path);
        if (!where) return undefined;
        const n = c.count.value;
        const symbol = { gte: sql`>=`, lte: sql`<=`, eq: sql`=` }[c.count.op];
        const zeroPasses = c.count.op === 'lte' || n === 0;
        // Ever, without property filters: the per-contact counts answer it, one row per contact.
        const stats = c.window.kind === 'ever' ? this.statsWhere(c) : undefined;
        const [from, count] = stats
          ? [sql`contact_event_stats e where ${stats}`, sql`sum(e.count)`]
          : [sql`events e where ${and([where, windowSql(sql`e.timestamp`, c.window)])}`, sql`count(*)`];
        if (c.count.op === 'gte' && n === 1) return sql`contacts.id in (select e.contact_id from ${from})`;
        return perContact(from, sql`e.contact_id`, sql`${count} ${symbol} ${n}::int`, zeroPasses);
      }
      case 'event_time': {
        const where = this.eventWhere(c, path);
        if (!where) return undefined;
        const stats = this.statsWhere(c);
        const t = stats ? (c.which === 'first' ? sql`min(e.first_at)` : sql`max(e.last_at)`) : c.which === 'first' ? sql`min(e.timestamp)` : sql`max(e.timestamp)`;
        let having: SQL;
        if (c.op === 'before' || c.op === 'after') {
          if (typeof c.value !== 'string') {
            this.errors.add(`${path}.value`, 'A date as YYYY-MM-DD');
            return undefined;
          }
          having =
            c.op === 'before'
              ? sql`${t} < (${c.value}::date::timestamp at time zone 'UTC')`
              : sql`${t} >= ((${c.value}::date + 1)::timestamp at time zone 'UTC')`;
        } else {
          if (typeof c.value !== 'number') {
            this.errors.add(`${path}.value`, 'A whole number of days');
            return undefined;
          }
          const since = sql`now() - make_interval(days => ${c.value}::int)`;
          having = c.op === 'within_last_days' ? sql`${t} >= ${since}` : sql`${t} < ${since}`;
        }
        return perContact(stats ? sql`contact_event_stats e where ${stats}` : sql`events e where ${where}`, sql`e.contact_id`, having, false);
      }
      case 'event_sequence': {
        const first = this.eventWhere(c.first, `${path}.first`, 'e');
        const then = this.eventWhere(c.then, `${path}.then`, 'e2');
        if (!first || !then) return undefined;
        const hours = sql`make_interval(hours => ${c.withinHours}::int)`;
        // The window bounds repeat what e2.timestamp >= last.at implies: with them the planner reads
        // the window's later events once, as a hashed anti-join, rather than probing per contact.
        const thens = [
          sql`exists (select 1 from events e2 where ${and([then, windowStartSql(sql`e2.timestamp`, c.window)])} and e2.contact_id = last.contact_id
            and e2.timestamp >= last.at and e2.timestamp <= last.at + ${hours})`,
        ];
        // An order is an order however it arrived: through the API, an import or a till, not only as an event.
        if (c.then.event === 'Order Completed' && (c.then.eventType ?? 'track') === 'track' && !c.then.where?.length) {
          thens.push(sql`exists (select 1 from orders o where ${and([
            sql`o.workspace_id = ${ws} and o.contact_id = last.contact_id`,
            windowStartSql(sql`o.placed_at`, c.window),
          ])} and o.status <> 'cancelled' and o.placed_at >= last.at and o.placed_at <= last.at + ${hours})`);
        }
        // "Not followed" as NOT EXISTS joined by AND (not NOT of an OR), which PostgreSQL turns into anti-joins.
        const followed = sql.join(thens, sql` or `);
        const notFollowed = sql.join(
          thens.map((t) => sql`not ${t}`),
          sql` and `,
        );
        // The latest `first` counts: an earlier cart that was bought does not undo a later one left behind.
        // For a few contacts, each one's latest is one step back along its index from its newest
        // event; grouping read every event of the window, thousands for the busiest contacts.
        const lasts = this.env.candidates
          ? sql`select c.id as contact_id, (select max(e.timestamp) from events e where ${and([
              this.eventWhere(c.first, `${path}.first`, 'e', false),
              sql`e.contact_id = c.id`,
              windowSql(sql`e.timestamp`, c.window),
            ])}) as at from unnest(${this.env.candidates}) as c(id)`
          : sql`select e.contact_id, max(e.timestamp) as at from events e where ${and([first, windowSql(sql`e.timestamp`, c.window)])} group by e.contact_id`;
        return sql`contacts.id in (select last.contact_id from (${lasts}) last
          where last.at is not null and ${c.thenPerformed ? sql`(${followed})` : sql`last.at <= now() - ${hours} and ${notFollowed}`})`;
      }
      case 'event_aggregate': {
        const where = this.eventWhere(c, path);
        const cmp = comparison(c, path, this.errors);
        if (!where || !cmp) return undefined;
        const keys = textArray(c.property.split('.'));
        const text = sql`(e.properties #>> ${keys})`;
        const num = sql`(case when ${text} ~ ${numberPattern} then ${text}::numeric end)`;
        const agg = {
          sum: sql`coalesce(sum(${num}), 0)`,
          avg: sql`avg(${num})`,
          min: sql`min(${num})`,
          max: sql`max(${num})`,
          count_distinct: sql`count(distinct ${text})`,
        }[c.agg];
        const zeroPasses = (c.agg === 'sum' || c.agg === 'count_distinct') && cmp.test(0);
        return perContact(sql`events e where ${and([where, windowSql(sql`e.timestamp`, c.window)])}`, sql`e.contact_id`, cmp.sql(agg), zeroPasses);
      }
      case 'orders': {
        const cmp = comparison(c, path, this.errors);
        if (!cmp) return undefined;
        // Named statuses count as asked (cancelled included); otherwise a cancelled order is no order.
        const counted = c.statuses ? sql`true` : sql`o.status <> 'cancelled'`;
        const window = c.metric === 'days_since_last' ? undefined : windowSql(sql`o.placed_at`, c.window);
        const statuses = c.statuses ? sql`o.status = any(${textArray(c.statuses)})` : undefined;
        const from = sql`orders o where ${and([sql`o.workspace_id = ${ws} and o.contact_id is not null`, window, statuses, this.only(sql`o.contact_id`)])}`;
        const agg = {
          count: sql`count(*) filter (where ${counted})`,
          revenue: sql`coalesce(sum(${netRevenueSql}), 0)`,
          aov: sql`(sum(${netRevenueSql}) / nullif(count(*) filter (where ${counted}), 0))`,
          days_since_last: sql`(extract(epoch from now() - max(o.placed_at) filter (where ${counted})) / 86400)`,
        }[c.metric];
        const zeroPasses = (c.metric === 'count' || c.metric === 'revenue') && cmp.test(0);
        // Over all time, the contact's traits hold the same figures (order writes keep them), one row each.
        if (c.window.kind === 'ever' && !c.statuses) return this.fromTraits(c.metric, cmp, zeroPasses);
        return perContact(from, sql`o.contact_id`, cmp.sql(agg), zeroPasses);
      }
      case 'bought': {
        const col = { sku: sql`l.sku`, category: sql`l.category`, product_name: sql`l.name` }[c.by];
        return sql`contacts.id in (select o.contact_id from orders o join order_lines l on l.order_pk = o.id
          where ${and([
            sql`o.workspace_id = ${ws} and l.workspace_id = ${ws} and o.contact_id is not null and o.status <> 'cancelled'`,
            windowSql(sql`o.placed_at`, c.window),
            this.only(sql`o.contact_id`),
            sql`lower(${col}) = any(${textArray(c.values.map((v) => v.toLowerCase()))})`,
          ])})`;
      }
      case 'coupon':
        return sql`contacts.id in (select o.contact_id from orders o where ${and([
          sql`o.workspace_id = ${ws} and o.contact_id is not null and o.status <> 'cancelled' and o.coupon_code is not null`,
          windowSql(sql`o.placed_at`, c.window),
          this.only(sql`o.contact_id`),
          c.codes.length ? sql`lower(o.coupon_code) = any(${textArray(c.codes.map((v) => v.toLowerCase()))})` : undefined,
        ])})`;
      case 'order_channel':
        // Ever, in any store: the contact's traits list the channels of its orders, one row each.
        if (c.window.kind === 'ever' && !c.storeIds?.length) {
          return sql`contacts.id in (select t.contact_id from contact_traits t where ${and([
            sql`t.workspace_id = ${ws}`,
            this.only(sql`t.contact_id`),
            sql`t.order_channels && ${textArray(c.channels)}`,
          ])})`;
        }
        return sql`contacts.id in (select o.contact_id from orders o where ${and([
          sql`o.workspace_id = ${ws} and o.contact_id is not null and o.status <> 'cancelled'`,
          sql`o.channel = any(${textArray(c.channels)})`,
          windowSql(sql`o.placed_at`, c.window),
          this.only(sql`o.contact_id`),
          c.storeIds?.length ? sql`o.store_id = any(${textArray(c.storeIds)})` : undefined,
        ])})`;
      case 'message': {
        const where: PropertyFilter[] = [];
        if (c.channel) where.push({ property: 'channel', op: 'eq', value: c.channel });
        if (c.campaignId) where.push({ property: 'campaign_id', op: 'eq', value: c.campaignId });
        if (c.journeyId) where.push({ property: 'journey_id', op: 'eq', value: c.journeyId });
        return this.condition({ type: 'event', event: messageEventNames[c.action], eventType: 'track', where, count: c.count, window: c.window }, path);
      }
      case 'segment': {
        if (!this.env.segments.has(c.segmentId)) {
          this.errors.add(`${path}.segmentId`, 'No such segment or list in this workspace');
          return undefined;
        }
        const members = sql`select sm.contact_id from segment_members sm where ${and([
          sql`sm.workspace_id = ${ws} and sm.segment_id = ${c.segmentId}::uuid and sm.exited_at is null`,
          this.only(sql`sm.contact_id`),
        ])}`;
        return c.member ? sql`contacts.id in (${members})` : sql`contacts.id not in (${members})`;
      }
      case 'random':
        // hashtext is stable for a given id and salt; shifted into 0–99 whatever its sign.
        return sql`((hashtext(contacts.id::text || ${c.salt})::bigint % 100 + 100) % 100) between ${c.from}::int and ${c.to}::int`;
    }
  }

  /** A profile or model condition: the field is looked up in each scope in turn. */
  private field(c: FilterCondition, scopes: FieldScope[], path: string): SQL | undefined {
    const scope = scopes.find((s) => s.fields.has(c.field));
    if (!scope) {
      this.errors.add(`${path}.field`, `Unknown field ${c.field}`);
      return undefined;
    }
    const cond = compileCondition(c, scope.fields, path, this.errors);
    if (!cond || !scope.wrap) return cond;
    return scope.wrap(cond, scope.missingPasses ? scope.missingPasses(c) : passesWhenMissing.has(c.op), this.only);
  }

  /** An order metric over all time from contact_traits, whose order figures follow every order write. */
  private fromTraits(metric: Extract<SegmentCondition, { type: 'orders' }>['metric'], cmp: { sql: (x: SQL) => SQL }, zeroPasses: boolean): SQL {
    const value = {
      count: sql`t.order_count`,
      revenue: sql`t.revenue`,
      aov: sql`(t.revenue / nullif(t.order_count, 0))`,
      days_since_last: sql`(extract(epoch from now() - t.last_order_at) / 86400)`,
    }[metric];
    const rows = (test: SQL) => sql`select t.contact_id from contact_traits t where ${and([sql`t.workspace_id = ${this.env.workspaceId}`, this.only(sql`t.contact_id`), test])}`;
    return zeroPasses ? sql`contacts.id not in (${rows(sql`not coalesce(${cmp.sql(value)}, false)`)})` : sql`contacts.id in (${rows(cmp.sql(value))})`;
  }

  /** The same events' per-contact counts (contact_event_stats as `e`), when no property filter narrows them. */
  private statsWhere(ref: { event: string; eventType?: string | undefined; where?: PropertyFilter[] | undefined }): SQL | undefined {
    if (ref.where?.length) return undefined;
    const type = ref.eventType ?? 'track';
    return and([sql`e.workspace_id = ${this.env.workspaceId} and e.type = ${type} and e.name = ${type === 'identify' ? '' : ref.event}`, this.only(sql`e.contact_id`)]);
  }

  /** Which events of the workspace a behavioural condition looks at, as a condition on alias `e`. */
  private eventWhere(ref: { event: string; eventType?: string | undefined; where?: PropertyFilter[] | undefined }, path: string, alias = 'e', narrow = true): SQL | undefined {
    const e = sql.raw(alias);
    const type = ref.eventType ?? 'track';
    if (type !== 'identify' && !this.env.knownEvents.has(`${type}:${ref.event}`) && !knownByDefault.has(`${type}:${ref.event}`)) {
      this.errors.add(`${path}.event`, `No ${type} event named "${ref.event}" has been received in this workspace`);
      return undefined;
    }
    const props = (ref.where ?? []).map((f, i) => this.property(sql`${e}.properties`, f, `${path}.where.${i}`));
    if (props.some((p) => p === undefined)) return undefined;
    return and([
      sql`${e}.workspace_id = ${this.env.workspaceId} and ${e}.contact_id is not null and ${e}.type = ${type}`,
      type === 'identify' ? undefined : sql`${e}.name = ${ref.event}`,
      narrow ? this.only(sql`${e}.contact_id`) : undefined,
      ...props,
    ]);
  }

  /** A filter on one event property; text compares case-insensitively, numbers as numbers. */
  private property(col: SQL, f: PropertyFilter, path: string): SQL | undefined {
    const keys = textArray(f.property.split('.'));
    const json = sql`(${col} #> ${keys})`;
    const text = sql`(${col} #>> ${keys})`;
    const num = sql`(case when ${text} ~ ${numberPattern} then ${text}::numeric end)`;
    const fail = (message: string) => {
      this.errors.add(`${path}.value`, message);
      return undefined;
    };
    const v = f.value ?? null;
    const scalarEq = (x: string | number | boolean) =>
      typeof x === 'number' ? sql`${num} = ${x}::numeric` : typeof x === 'boolean' ? sql`${json} = to_jsonb(${x}::boolean)` : sql`lower(${text}) = lower(${x})`;
    switch (f.op) {
      case 'is_set':
        return sql`coalesce(jsonb_typeof(${json}), 'null') <> 'null'`;
      case 'is_not_set':
        return sql`coalesce(jsonb_typeof(${json}), 'null') = 'null'`;
      case 'in':
      case 'not_in': {
        const list = Array.isArray(v) ? v : v === null ? [] : [v];
        if (!list.length) return fail('Choose at least one value');
        const any = sql.join(list.map((x) => sql`(${scalarEq(x)})`), sql` or `);
        return f.op === 'in' ? sql`(${any})` : sql`not coalesce(${any}, false)`;
      }
    }
    if (v === null || Array.isArray(v)) return fail('A single value is needed');
    switch (f.op) {
      case 'eq':
        return scalarEq(v);
      case 'neq':
        return sql`not coalesce(${scalarEq(v)}, false)`;
      case 'contains':
        return sql`${text} ilike ${`%${String(v).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`;
      case 'starts_with':
        return sql`${text} ilike ${`${String(v).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`;
      default: {
        if (typeof v !== 'number') return fail('A number');
        const symbol = { gt: sql`>`, gte: sql`>=`, lt: sql`<`, lte: sql`<=` }[f.op];
        return sql`${num} ${symbol} ${v}::numeric`;
      }
    }
  }
}

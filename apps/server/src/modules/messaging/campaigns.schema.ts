import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from '../../platform/auth/schema.js';

const tenant = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A variant of a campaign: a template (not yet picked in a draft), and its share of the audience in a split or test. */
export interface CampaignVariant {
  key: string;
  templateId: string | null;
  templateVersion: number | null;
  weight: number;
}

/**
 * One-off broadcasts to segments. A campaign moves draft → scheduled → launching → (testing →)
 * sent; a worker claims it (`claimed_until`) and does one resumable step at a time, so a crash
 * mid-launch resumes where the last committed step left it.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    name: text('name').notNull(),
    status: text('status', { enum: ['draft', 'scheduled', 'launching', 'testing', 'sent', 'cancelled'] }).notNull(),
    channel: text('channel', { enum: ['email', 'sms', 'line', 'webhook'] }).notNull(),
    purpose: text('purpose', { enum: ['marketing', 'transactional'] }).notNull(),
    /** Segment ids: members of any `include`, but of no `exclude`. */
    audience: jsonb('audience').$type<{ include: string[]; exclude: string[] }>().notNull(),
    variants: jsonb('variants').$type<CampaignVariant[]>().notNull(),
    /** An A/B/n test: a share of the audience gets the variants; the rest gets the winner after `waitHours`. */
    abTest: jsonb('ab_test').$type<{ testPercent: number; metric: 'open' | 'click'; waitHours: number } | null>(),
    /** A share of the audience that gets nothing, to measure what the campaign added. */
    holdoutPercent: integer('holdout_percent').notNull().default(0),
    /** now, at a moment, or at a time of day in each contact's own time zone. */
    schedule: jsonb('schedule').$type<{ kind: 'now' } | { kind: 'at'; at: string } | { kind: 'local'; date: string; time: string }>().notNull(),
    couponPoolId: uuid('coupon_pool_id'),
    /** When the launch starts: now, the moment, or the earliest local time anywhere. */
    launchAt: at('launch_at'),
    launchedAt: at('launched_at'),
    /** Launch progress: the last contact id whose membership is materialized, then 'queued'. */
    cursor: text('cursor'),
    claimedUntil: at('claimed_until'),
    testEndsAt: at('test_ends_at'),
    winner: text('winner'),
    /** How the winner was picked: the rates it was picked on. */
    winnerReason: text('winner_reason'),
    audienceSize: integer('audience_size'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('campaigns_workspace_idx').on(t.workspaceId, t.id), index('campaigns_due_idx').on(t.launchAt).where(sql`${t.status} in ('scheduled', 'launching', 'testing')`)],
);

/** Who a campaign reached or held out, and how: each contact once, in one bucket. */
export const campaignMembers = pgTable(
  'campaign_members',
  {
    workspaceId: tenant(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').notNull(),
    /** test: gets a variant now; rest: waits for the test's winner; holdout: gets nothing. */
    bucket: text('bucket', { enum: ['test', 'rest', 'holdout'] }).notNull(),
    variant: text('variant'),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.contactId] }), index('campaign_members_bucket_idx').on(t.campaignId, t.bucket)],
);

/** Coupons: generated unique codes (prefix, value, expiry) or an uploaded list of codes. */
export const couponPools = pgTable(
  'coupon_pools',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['generated', 'uploaded'] }).notNull(),
    prefix: text('prefix'),
    valueType: text('value_type', { enum: ['amount', 'percent'] }).notNull(),
    value: numeric('value', { precision: 18, scale: 4, mode: 'number' }).notNull(),
    /** A fixed end, or a number of days from issue; neither: no expiry. */
    expiresAt: at('expires_at'),
    validDays: integer('valid_days'),
    /** An archived pool issues no new codes; the codes it gave out still redeem. */
    archivedAt: at('archived_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('coupon_pools_workspace_idx').on(t.workspaceId, t.id)],
);

export const couponCodes = pgTable(
  'coupon_codes',
  {
    id: uuid('id').primaryKey(),
    workspaceId: tenant(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => couponPools.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    contactId: uuid('contact_id'),
    /** The issuer's key (a send, a journey step): issuing again with it returns the same code. */
    issueKey: text('issue_key'),
    issuedAt: at('issued_at'),
    expiresAt: at('expires_at'),
    redeemedAt: at('redeemed_at'),
    orderPk: uuid('order_pk'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupon_codes_code_uq').on(t.workspaceId, sql`upper(${t.code})`),
    uniqueIndex('coupon_codes_issue_key_uq').on(t.poolId, t.issueKey),
    index('coupon_codes_unissued_idx').on(t.poolId, t.id).where(sql`${t.issuedAt} is null`),
    index('coupon_codes_contact_idx').on(t.workspaceId, t.contactId),
  ],
);

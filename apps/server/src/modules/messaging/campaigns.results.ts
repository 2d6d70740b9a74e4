import { sql } from 'drizzle-orm';
import { cumulativeStdNormalProbability } from 'simple-statistics';
import type { CampaignResults } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { selectRows, withWorkspace, type Db } from '../../platform/db.js';
import { countBuyersSince, findOrderFacts } from '../commerce/index.js';
import { getCampaign } from './campaigns.js';

/**
 * Two-sided p-value of a two-proportion z-test (pooled), or null when either group is too small
 * for the normal approximation (fewer than 5 successes or failures expected).
 */
export function twoProportionPValue(hitsA: number, nA: number, hitsB: number, nB: number): number | null {
  if (!nA || !nB) return null;
  const pooled = (hitsA + hitsB) / (nA + nB);
  if (Math.min(nA, nB) * Math.min(pooled, 1 - pooled) < 5) return null;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = Math.abs(hitsA / nA - hitsB / nB) / se;
  return Math.min(1, 2 * (1 - cumulativeStdNormalProbability(z)));
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** Credited revenue per variant and currency: orders in several currencies do not add up to one number. */
async function revenueByCurrency(tx: Db, ws: string, campaignId: string): Promise<Map<string, { currency: string | null; amount: number }[]>> {
  const credited = await selectRows<{ variant: string; order_id: string; revenue: number }>(
    tx,
    sql`select variant, conversion_order_id as order_id, revenue::float8 as revenue from message_sends
        where workspace_id = ${ws} and source_kind = 'campaign' and source_id = ${campaignId} and conversion_order_id is not null`,
  );
  const currencyOf = new Map((await findOrderFacts(tx, ws, credited.map((c) => c.order_id))).map((o) => [o.id, o.currency]));
  const sums = new Map<string, Map<string | null, number>>();
  for (const c of credited) {
    const byCurrency = sums.get(c.variant) ?? new Map<string | null, number>();
    const currency = currencyOf.get(c.order_id) ?? null;
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + Number(c.revenue));
    sums.set(c.variant, byCurrency);
  }
  return new Map([...sums].map(([variant, m]) => [variant, [...m].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount)]));
}

/** A campaign's outcome per variant, with significance against variant A, and its lift over the holdout. */
export async function campaignResults(ctx: Ctx, id: string): Promise<CampaignResults> {
  const campaign = await getCampaign(ctx, id);
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const rows = await selectRows<Record<string, number> & { variant: string }>(
      tx,
      sql`select variant, count(*)::int as recipients,
            count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status = 'skipped')::int as skipped,
            count(*) filter (where status = 'failed')::int as failed, count(*) filter (where status in ('queued', 'sending'))::int as queued,
            count(opened_at)::int as opened, count(clicked_at)::int as clicked, count(converted_at)::int as converted,
            coalesce(sum(revenue), 0)::float8 as revenue, count(unsubscribed_at)::int as unsubscribed, count(bounced_at)::int as bounced
          from message_sends where workspace_id = ${ctx.workspaceId} and source_kind = 'campaign' and source_id = ${campaign.id}
          group by variant`,
    );
    const byKey = new Map(rows.map((r) => [r.variant, r]));
    const money = await revenueByCurrency(tx, ctx.workspaceId, campaign.id);
    const zero = { recipients: 0, sent: 0, skipped: 0, failed: 0, queued: 0, opened: 0, clicked: 0, converted: 0, revenue: 0, unsubscribed: 0, bounced: 0 };
    const stats = campaign.variants.map((v) => ({ variant: v.key, ...zero, ...(byKey.get(v.key) ?? {}), revenueByCurrency: money.get(v.key) ?? [] }));
    const control = stats[0]!;
    const variants = stats.map((s, i) => ({
      ...s,
      openRate: ratio(s.opened, s.sent),
      clickRate: ratio(s.clicked, s.sent),
      conversionRate: ratio(s.converted, s.sent),
      pValues:
        i === 0
          ? { open: null, click: null, conversion: null }
          : {
              open: twoProportionPValue(control.opened, control.sent, s.opened, s.sent),
              click: twoProportionPValue(control.clicked, control.sent, s.clicked, s.sent),
              conversion: twoProportionPValue(control.converted, control.sent, s.converted, s.sent),
            },
    }));
    let holdout: CampaignResults['holdout'] = null;
    if (campaign.holdoutPercent > 0 && campaign.launchedAt) {
      const groups = await countBuyersSince(
        tx,
        ctx.workspaceId,
        sql`select contact_id, case when bucket = 'holdout' then 'holdout' else 'treated' end as grp from campaign_members where campaign_id = ${campaign.id}`,
        new Date(campaign.launchedAt),
      );
      const h = groups.get('holdout') ?? { contacts: 0, buyers: 0 };
      const t = groups.get('treated') ?? { contacts: 0, buyers: 0 };
      holdout = {
        contacts: h.contacts,
        buyers: h.buyers,
        buyerRate: ratio(h.buyers, h.contacts),
        treatedContacts: t.contacts,
        treatedBuyers: t.buyers,
        treatedBuyerRate: ratio(t.buyers, t.contacts),
        pValue: twoProportionPValue(h.buyers, h.contacts, t.buyers, t.contacts),
      };
    }
    return { campaignId: campaign.id, status: campaign.status, winner: campaign.winner, variants, holdout };
  });
}

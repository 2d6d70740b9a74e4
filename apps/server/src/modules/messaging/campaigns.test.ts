import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Campaign, CampaignResults, MessageSend, MessageTemplate, OutboxMessage, Page } from '@rapport/contracts';
import { selectRows } from '../../platform/db.js';
import { call, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';
import { twoProportionPValue } from './campaigns.results.js';
import { zonedInstant } from './campaigns.launch.js';
import { audiencePage } from '../segments/index.js';
import { withWorkspace } from '../../platform/db.js';

let h: Harness;
let ws: Session;
let everyone: string[] = [];
let list = '';
let vips = '';
const templates: Record<string, MessageTemplate> = {};

const mjml = (text: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section></mj-body></mjml>`;

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h, 'Tea & Co');
  const items = Array.from({ length: 300 }, (_, i) => ({ firstName: `P${i}`, email: `p${i}@tea.example`, timezone: i % 2 ? 'Asia/Taipei' : 'America/New_York' }));
  const batch = await call(h, ws.headers, 'POST', '/api/v1/contacts/batch', { operation: 'create', items });
  everyone = batch.json<{ results: { id: string }[] }>().results.map((r) => r.id);
  for (const id of everyone) await call(h, ws.headers, 'POST', `/api/v1/contacts/${id}/consents`, { channel: 'email', status: 'subscribed' });
  list = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Everyone', kind: 'static' })).json<{ id: string }>().id;
  await call(h, ws.headers, 'POST', `/api/v1/segments/${list}/members`, { contactIds: everyone });
  vips = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'VIPs', kind: 'static' })).json<{ id: string }>().id;
  await call(h, ws.headers, 'POST', `/api/v1/segments/${vips}/members`, { contactIds: everyone.slice(0, 20) });
  for (const key of ['A', 'B']) {
    templates[key] = (
      await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: `Sale ${key}`, content: { channel: 'email', subject: `Sale ${key}`, mjml: mjml(`Variant ${key}`) } })
    ).json<MessageTemplate>();
  }
}, 120_000);
afterAll(() => h.close());

const sendsOf = async (campaignId: string) =>
  selectRows<{ id: string; contact_id: string; variant: string; status: string; due_at: Date }>(
    h.database.db,
    sql`select id, contact_id, variant, status, due_at from message_sends where source_kind = 'campaign' and source_id = ${campaignId}`,
  );
const members = (campaignId: string) => selectRows<{ contact_id: string; bucket: string; variant: string | null }>(h.database.db, sql`select contact_id, bucket, variant from campaign_members where campaign_id = ${campaignId}`);

async function create(body: object): Promise<Campaign> {
  const res = await call(h, ws.headers, 'POST', '/api/v1/campaigns', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Campaign>();
}

describe('campaigns', () => {
  it('test two subjects on a share of the audience, hold some out, and send the winner to the rest', async () => {
    const c = await create({
      name: 'Spring sale',
      audience: { include: [list], exclude: [vips] },
      variants: [
        { key: 'A', templateId: templates.A!.id },
        { key: 'B', templateId: templates.B!.id },
      ],
      abTest: { testPercent: 50, metric: 'open', waitHours: 4 },
      holdoutPercent: 10,
    });
    expect(c).toMatchObject({ status: 'draft', channel: 'email', variants: [{ key: 'A', templateVersion: 1 }, { key: 'B', templateVersion: 1 }] });
    expect((await call(h, ws.headers, 'POST', `/api/v1/campaigns/${c.id}/schedule`)).json<Campaign>().status).toBe('scheduled');
    await h.processCampaigns();
    const launched = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}`)).json<Campaign>();
    expect(launched.status).toBe('testing');
    expect(launched.audienceSize).toBe(280);
    const m = await members(c.id);
    expect(m).toHaveLength(280);
    expect(m.some((x) => everyone.slice(0, 20).includes(x.contact_id))).toBe(false);
    const count = (b: string) => m.filter((x) => x.bucket === b).length;
    // Deterministic buckets near their shares: 10% holdout, 50% test, 40% waiting.
    expect(count('holdout')).toBeGreaterThan(12);
    expect(count('holdout')).toBeLessThan(45);
    expect(count('test')).toBeGreaterThan(110);
    expect(count('test')).toBeLessThan(170);
    let sends = await sendsOf(c.id);
    expect(sends).toHaveLength(count('test'));
    await h.processSends();
    // B's subject line does better: most of B's recipients open, few of A's.
    const mail = (await call(h, ws.headers, 'GET', '/api/v1/outbox?limit=200')).json<Page<OutboxMessage>>().data;
    expect(mail).toHaveLength(count('test'));
    let i = 0;
    for (const kept of mail) {
      const html = (kept.message as { html: string }).html;
      const opens = kept.subject === 'Sale B' ? i % 10 < 7 : i % 10 < 2;
      i++;
      if (!opens) continue;
      const pixel = /<img src="([^"]*\/t\/o\/[^"]+)"/.exec(html)![1]!.replace(h.config.baseUrl, '');
      expect((await h.app.inject({ method: 'GET', url: pixel })).statusCode).toBe(200);
    }
    // The test's results already show B ahead, significantly.
    const during = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}/results`)).json<CampaignResults>();
    const [a, b] = during.variants;
    expect(a).toMatchObject({ variant: 'A', sent: a!.recipients, pValues: { open: null } });
    expect(b!.sent).toBe(b!.recipients);
    expect(b!.openRate!).toBeGreaterThan(a!.openRate!);
    expect(b!.pValues.open!).toBeLessThan(0.01);
    // Not before the test's end.
    await h.processCampaigns();
    expect((await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}`)).json<Campaign>().winner).toBeNull();
    await h.database.db.execute(sql`update campaigns set test_ends_at = now() where id = ${c.id}`);
    await h.processCampaigns();
    const done = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}`)).json<Campaign>();
    expect(done).toMatchObject({ status: 'sent', winner: 'B' });
    expect(done.winnerReason).toMatch(/^B: \d+\/\d+ opened, A: \d+\/\d+ opened$/);
    sends = await sendsOf(c.id);
    expect(sends).toHaveLength(count('test') + count('rest'));
    const rest = new Set(m.filter((x) => x.bucket === 'rest').map((x) => x.contact_id));
    expect(sends.filter((s) => rest.has(s.contact_id)).every((s) => s.variant === 'B')).toBe(true);
    // Holdout contacts got nothing, and nobody got two.
    const holdout = new Set(m.filter((x) => x.bucket === 'holdout').map((x) => x.contact_id));
    expect(sends.some((s) => holdout.has(s.contact_id))).toBe(false);
    expect(new Set(sends.map((s) => s.contact_id)).size).toBe(sends.length);
    await h.processSends();
    const results = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}/results`)).json<CampaignResults>();
    expect(results.variants.reduce((n, v) => n + v.sent, 0)).toBe(count('test') + count('rest'));
    expect(results.holdout).toMatchObject({ contacts: count('holdout'), treatedContacts: count('test') + count('rest'), buyers: 0 });
  });

  it('send at an hour of each contact’s own day', async () => {
    const c = await create({ name: 'Morning', audience: { include: [vips] }, variants: [{ key: 'A', templateId: templates.A!.id }], schedule: { kind: 'local', date: '2030-05-04', time: '09:00' } });
    const scheduled = (await call(h, ws.headers, 'POST', `/api/v1/campaigns/${c.id}/schedule`)).json<Campaign>();
    expect(scheduled.launchAt).toBe('2030-05-03T19:00:00.000Z');
    await h.database.db.execute(sql`update campaigns set launch_at = now() where id = ${c.id}`);
    await h.processCampaigns();
    const sends = await sendsOf(c.id);
    expect(sends).toHaveLength(20);
    const taipei = sends.filter((s) => everyone.indexOf(s.contact_id) % 2 === 1);
    expect(new Set(taipei.map((s) => new Date(s.due_at).toISOString()))).toEqual(new Set(['2030-05-04T01:00:00.000Z']));
    const newYork = sends.filter((s) => everyone.indexOf(s.contact_id) % 2 === 0);
    expect(new Set(newYork.map((s) => new Date(s.due_at).toISOString()))).toEqual(new Set(['2030-05-04T13:00:00.000Z']));
    // Cancelling skips what has not gone yet.
    const cancelled = await call(h, ws.headers, 'POST', `/api/v1/campaigns/${c.id}/cancel`);
    expect(cancelled.json<Campaign>().status).toBe('cancelled');
    expect((await sendsOf(c.id)).every((s) => s.status === 'skipped')).toBe(true);
    const one = (await call(h, ws.headers, 'GET', `/api/v1/messages/${sends[0]!.id}`)).json<MessageSend>();
    expect(one.reason).toBe('campaign_cancelled');
  });

  it('estimate an audience before sending: its contacts and those subscribed on the channel', async () => {
    // Five of the VIPs unsubscribe; the estimate follows their latest consent.
    for (const id of everyone.slice(0, 5)) await call(h, ws.headers, 'POST', `/api/v1/contacts/${id}/consents`, { channel: 'email', status: 'unsubscribed' });
    const estimate = (body: object) => call(h, ws.headers, 'POST', '/api/v1/campaigns/audience-estimate', body);
    expect((await estimate({ audience: { include: [list, vips], exclude: [] } })).json()).toEqual({ contacts: 300, subscribed: 295 });
    expect((await estimate({ audience: { include: [list], exclude: [vips] } })).json()).toEqual({ contacts: 280, subscribed: 280 });
    expect((await estimate({ audience: { include: [vips] }, channel: 'sms' })).json()).toEqual({ contacts: 20, subscribed: 0 });
    const unknown = await estimate({ audience: { include: [list], exclude: ['00000000-0000-4000-8000-000000000000'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['audience.exclude.0']);
    for (const id of everyone.slice(0, 5)) await call(h, ws.headers, 'POST', `/api/v1/contacts/${id}/consents`, { channel: 'email', status: 'subscribed' });
  });

  it('end a test early with a chosen winner, or the best so far', async () => {
    const test = (name: string) =>
      create({
        name,
        audience: { include: [vips] },
        variants: [
          { key: 'A', templateId: templates.A!.id },
          { key: 'B', templateId: templates.B!.id },
        ],
        abTest: { testPercent: 50, metric: 'click', waitHours: 48 },
      });
    const chosen = await test('Chosen');
    const end = (id: string, body: object) => call(h, ws.headers, 'POST', `/api/v1/campaigns/${id}/end-test`, body);
    expect((await end(chosen.id, {})).statusCode).toBe(409);
    await call(h, ws.headers, 'POST', `/api/v1/campaigns/${chosen.id}/schedule`);
    await h.processCampaigns();
    expect((await end(chosen.id, { winner: 'C' })).json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['winner']);
    const ended = (await end(chosen.id, { winner: 'A' })).json<Campaign>();
    expect(ended).toMatchObject({ status: 'testing', winner: 'A' });
    expect(ended.winnerReason).toMatch(/^A: chosen by .+ before the test ended$/);
    expect((await end(chosen.id, { winner: 'B' })).statusCode).toBe(409);
    await h.processCampaigns();
    const m = await members(chosen.id);
    const rest = new Set(m.filter((x) => x.bucket === 'rest').map((x) => x.contact_id));
    const sends = await sendsOf(chosen.id);
    expect(sends).toHaveLength(20);
    expect(sends.filter((s) => rest.has(s.contact_id)).every((s) => s.variant === 'A')).toBe(true);
    expect((await call(h, ws.headers, 'GET', `/api/v1/campaigns/${chosen.id}`)).json<Campaign>().status).toBe('sent');

    // Without a choice the worker ranks the variants now, 48 hours early.
    const best = await test('Best so far');
    await call(h, ws.headers, 'POST', `/api/v1/campaigns/${best.id}/schedule`);
    await h.processCampaigns();
    await h.processSends();
    expect((await end(best.id, {})).json<Campaign>()).toMatchObject({ status: 'testing', winner: null });
    await h.processCampaigns();
    const done = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${best.id}`)).json<Campaign>();
    expect(done.status).toBe('sent');
    expect(done.winnerReason).toMatch(/^[AB]: 0\/\d+ clicked, [AB]: 0\/\d+ clicked$/);
  });

  it('credit orders to the campaign per currency, never adding TWD to USD', async () => {
    const buyers = everyone.slice(40, 43);
    const small = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Buyers', kind: 'static' })).json<{ id: string }>().id;
    await call(h, ws.headers, 'POST', `/api/v1/segments/${small}/members`, { contactIds: buyers });
    const linked = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Linked', content: { channel: 'email', subject: 'Linked', mjml: '<mjml><mj-body><mj-section><mj-column><mj-button href="https://tea.example/shop">Shop</mj-button></mj-column></mj-section></mj-body></mjml>' } })).json<MessageTemplate>();
    const c = await create({ name: 'Currencies', audience: { include: [small] }, variants: [{ key: 'A', templateId: linked.id }] });
    await call(h, ws.headers, 'POST', `/api/v1/campaigns/${c.id}/schedule`);
    await h.processCampaigns();
    await h.processSends();
    const mail = (await call(h, ws.headers, 'GET', '/api/v1/outbox?limit=50')).json<Page<OutboxMessage>>().data.filter((m) => m.subject === 'Linked');
    expect(mail).toHaveLength(3);
    const emailOf = (id: string) => `p${everyone.indexOf(id)}@tea.example`;
    for (const m of mail) {
      const link = /href="([^"]*\/t\/c\/[^"]+)"/.exec((m.message as { html: string }).html)![1]!.replace(/&amp;/g, '&');
      expect((await h.app.inject({ method: 'GET', url: link.replace(h.config.baseUrl, '') })).statusCode).toBe(302);
    }
    const order = async (id: string, total: number, currency: string) =>
      expect((await call(h, ws.headers, 'POST', '/api/v1/orders', { orderId: `CUR-${id}-${currency}`, contact: { email: emailOf(id) }, currency, total })).statusCode).toBeLessThan(300);
    await order(buyers[0]!, 780, 'TWD');
    await order(buyers[1]!, 420, 'TWD');
    await order(buyers[2]!, 25, 'USD');
    await h.processConversions();
    const [a] = (await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}/results`)).json<CampaignResults>().variants;
    expect(a).toMatchObject({ converted: 3, revenueByCurrency: [{ currency: 'TWD', amount: 1200 }, { currency: 'USD', amount: 25 }] });
  });

  it('read an audience in pages: overlapping segments once each, exclusions and deleted contacts left out, to the end', async () => {
    const all = async (audience: { include: string[]; exclude: string[] }, limit: number) => {
      const out: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 1000; pages++) {
        const page: { ids: string[]; next: string | null } = await withWorkspace(h.database.db, ws.workspaceId, (tx) => audiencePage(tx, ws.workspaceId, audience, after, limit));
        out.push(...page.ids);
        if (!page.next) return out;
        after = page.next;
      }
      throw new Error('no end');
    };
    const both = await all({ include: [vips, list], exclude: [] }, 7);
    expect(both).toHaveLength(300);
    expect(new Set(both).size).toBe(300);
    expect([...both].sort()).toEqual(both);
    // Pages whose members are all excluded do not end the audience early.
    const rest = await all({ include: [list], exclude: [vips] }, 3);
    expect(rest.sort()).toEqual(everyone.slice(20).sort());
    const gone = everyone[100]!;
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/contacts/${gone}`)).statusCode).toBe(204);
    expect(await all({ include: [list], exclude: [] }, 50)).not.toContain(gone);
  });

  it('save a draft half-done, and name what it lacks only when it is scheduled', async () => {
    const bare = await create({ name: 'Autumn tea' });
    expect(bare).toMatchObject({ status: 'draft', channel: 'email', audience: { include: [], exclude: [] }, variants: [] });
    const lacking = await call(h, ws.headers, 'POST', `/api/v1/campaigns/${bare.id}/schedule`);
    expect(lacking.statusCode).toBe(400);
    expect(lacking.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([
      { path: 'audience.include', message: 'Pick a segment to send to' },
      { path: 'variants', message: 'Add a variant with a template' },
    ]);
    // The channel is kept while no template says otherwise; a picked template's must match it.
    const half = await call(h, ws.headers, 'PUT', `/api/v1/campaigns/${bare.id}`, {
      name: 'Autumn tea',
      audience: { include: [list] },
      channel: 'sms',
      variants: [{ key: 'A', templateId: null }, { key: 'B', templateId: null }],
      abTest: { testPercent: 20, metric: 'click', waitHours: 2 },
    });
    expect(half.statusCode, half.body).toBe(200);
    expect(half.json<Campaign>()).toMatchObject({ channel: 'sms', variants: [{ key: 'A', templateId: null, templateVersion: null }, { key: 'B', templateId: null }] });
    const wrongChannel = await call(h, ws.headers, 'PUT', `/api/v1/campaigns/${bare.id}`, { name: 'Autumn tea', channel: 'sms', variants: [{ key: 'A', templateId: templates.A!.id }] });
    expect(wrongChannel.json<{ errors: { path: string; message: string }[] }>().errors).toEqual([{ path: 'variants.0.templateId', message: 'Every variant goes out on one channel (sms)' }]);
    const stillLacking = await call(h, ws.headers, 'POST', `/api/v1/campaigns/${bare.id}/schedule`);
    expect(stillLacking.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['variants.0.templateId', 'variants.1.templateId']);
    expect((await call(h, ws.headers, 'GET', `/api/v1/campaigns/${bare.id}`)).json<Campaign>().status).toBe('draft');
    // Once complete it schedules; the channel follows the templates when none is given.
    const done = await call(h, ws.headers, 'PUT', `/api/v1/campaigns/${bare.id}`, {
      name: 'Autumn tea',
      audience: { include: [list] },
      variants: [{ key: 'A', templateId: templates.A!.id }],
      schedule: { kind: 'at', at: '2031-01-01T00:00:00Z' },
    });
    expect(done.json<Campaign>()).toMatchObject({ channel: 'email', variants: [{ key: 'A', templateId: templates.A!.id, templateVersion: templates.A!.version }] });
    const scheduled = await call(h, ws.headers, 'POST', `/api/v1/campaigns/${bare.id}/schedule`);
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect((await call(h, ws.headers, 'POST', `/api/v1/campaigns/${bare.id}/cancel`)).statusCode).toBe(200);
  });

  it('refuse what cannot be sent, and edits once scheduled', async () => {
    const sms = (await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Text', content: { channel: 'sms', text: 'Hi' } })).json<MessageTemplate>();
    const bad = await call(h, ws.headers, 'POST', '/api/v1/campaigns', {
      name: 'Bad',
      audience: { include: ['00000000-0000-4000-8000-000000000000'] },
      variants: [
        { key: 'A', templateId: templates.A!.id },
        { key: 'B', templateId: sms.id },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['audience.include.0', 'variants.1.templateId']);
    expect((await call(h, ws.headers, 'POST', '/api/v1/campaigns', { name: 'X', audience: { include: [list] }, variants: [{ key: 'A', templateId: templates.A!.id }], abTest: { testPercent: 20, metric: 'open', waitHours: 1 } })).statusCode).toBe(400);
    const c = await create({ name: 'Later', audience: { include: [list] }, variants: [{ key: 'A', templateId: templates.A!.id }], schedule: { kind: 'at', at: '2031-01-01T00:00:00Z' } });
    await call(h, ws.headers, 'POST', `/api/v1/campaigns/${c.id}/schedule`);
    expect((await call(h, ws.headers, 'PUT', `/api/v1/campaigns/${c.id}`, { name: 'Edited', audience: { include: [list] }, variants: [{ key: 'A', templateId: templates.A!.id }] })).statusCode).toBe(409);
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/campaigns/${c.id}`)).statusCode).toBe(409);
    // Not due until 2031: the worker leaves it scheduled.
    await h.processCampaigns();
    expect((await call(h, ws.headers, 'GET', `/api/v1/campaigns/${c.id}`)).json<Campaign>().status).toBe('scheduled');
  });
});

describe('the arithmetic', () => {
  it('two-proportion z-test p-values match the textbook', () => {
    // 200/1000 vs 250/1000: z = 2.68, p = 0.0073.
    expect(twoProportionPValue(200, 1000, 250, 1000)).toBeCloseTo(0.0073, 3);
    expect(twoProportionPValue(50, 100, 50, 100)).toBeCloseTo(1, 5);
    expect(twoProportionPValue(1, 10, 2, 10)).toBeNull();
  });

  it('local wall-clock times become instants across daylight saving', () => {
    expect(zonedInstant('2030-07-01', '09:00', 'America/New_York').toISOString()).toBe('2030-07-01T13:00:00.000Z');
    expect(zonedInstant('2030-01-01', '09:00', 'America/New_York').toISOString()).toBe('2030-01-01T14:00:00.000Z');
    expect(zonedInstant('2030-01-01', '09:00', 'Asia/Taipei').toISOString()).toBe('2030-01-01T01:00:00.000Z');
  });
});

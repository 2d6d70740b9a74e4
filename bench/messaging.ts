/**
 * Messaging figures: a campaign to N recipients, from scheduling to the last message out.
 *   - queueing: the campaign's launch (audience into buckets, then a send per recipient);
 *   - delivery: sends rendered (Liquid, MJML), tracked and delivered, in messages per second.
 *
 * Run: npm run bench -- messaging [recipients] [outbox|smtp]
 *   PGlite in memory by default (20,000 recipients); DATABASE_URL=postgres://…/rapport_messaging on
 *   PostgreSQL (the database must be disposable). `smtp` delivers to a local SMTP server (the
 *   smtp-server package, in this process: it shares the two cores); `outbox` (the default) keeps
 *   the mail in the workspace's outbox, as the embedded default does.
 *   Prints figures; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { advanceCampaigns, deliverDue } from '../apps/server/src/modules/messaging/index.js';
import { call, newWorkspace, startHarness } from '../apps/server/src/test/harness.js';
import { generateShop } from './lib/generate.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const recipients = Number(process.argv[2] ?? 20_000);
const mode = process.argv[3] === 'smtp' ? 'smtp' : 'outbox';
const seconds = (t0: number) => (performance.now() - t0) / 1000;

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _s, done) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received++;
      done();
    });
  },
});
let env: Record<string, string> = {};
if (mode === 'smtp') {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  env = { RAPPORT_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` };
}
const h = await startHarness(env);
console.log(`messaging on ${onPostgres ? 'PostgreSQL' : 'PGlite'}: ${recipients.toLocaleString()} recipients, ${mode}`);
const ws = await newWorkspace(h, 'Bench messaging');
await generateShop(h.database, ws.workspaceId, { contacts: recipients, events: 0, orders: 0 });
await h.database.query(
  `insert into contact_consent_events (id, workspace_id, contact_id, channel, status, source, actor_label)
   select gen_random_uuid(), workspace_id, id, 'email', 'subscribed', 'import', 'bench' from contacts where workspace_id = $1`,
  [ws.workspaceId],
);
await h.database.query(`delete from segment_dirty where workspace_id = $1`, [ws.workspaceId]);
const list = (await call(h, ws.headers, 'POST', '/api/v1/segments', { name: 'Everyone', kind: 'static' })).json<{ id: string }>().id;
await h.database.query(`insert into segment_members (workspace_id, segment_id, contact_id, entered_at) select workspace_id, $2, id, now() from contacts where workspace_id = $1`, [ws.workspaceId, list]);
const mjml = `<mjml><mj-head><mj-title>Spring sale</mj-title></mj-head><mj-body>
  <mj-section><mj-column><mj-image src="https://shop.example/logo.png" width="120px" /></mj-column></mj-section>
  <mj-section><mj-column>
    <mj-text font-size="20px">Hello {{ contact.firstName }},</mj-text>
    <mj-text>Our spring teas are here. {% if contact.traits.orderCount > 0 %}Thank you for your {{ contact.traits.orderCount }} orders.{% else %}Your first order ships free.{% endif %}</mj-text>
    <mj-button href="https://shop.example/spring">Shop the sale</mj-button>
    <mj-text font-size="11px"><a href="{{ unsubscribe_url }}">Unsubscribe</a> · <a href="{{ preferences_url }}">Preferences</a></mj-text>
  </mj-column></mj-section></mj-body></mjml>`;
const saved = await call(h, ws.headers, 'POST', '/api/v1/message-templates', { name: 'Spring', content: { channel: 'email', subject: 'Spring teas for {{ contact.firstName }}', mjml } });
if (saved.statusCode !== 201) throw new Error(saved.body);
const template = saved.json<{ id: string }>();
const created = await call(h, ws.headers, 'POST', '/api/v1/campaigns', { name: 'Spring', audience: { include: [list] }, variants: [{ key: 'A', templateId: template.id }] });
if (created.statusCode !== 201) throw new Error(created.body);
const campaign = created.json<{ id: string }>();
await call(h, ws.headers, 'POST', `/api/v1/campaigns/${campaign.id}/schedule`);

let t0 = performance.now();
while ((await advanceCampaigns(h.database)) > 0);
const queueing = seconds(t0);
console.log(`  queueing: ${queueing.toFixed(1)} s (${Math.round(recipients / queueing).toLocaleString()} sends/s)`);

t0 = performance.now();
let done = 0;
let lastReport = performance.now();
// As `rapport start` runs them: sendLoops passes side by side (claims keep them apart).
const loops = onPostgres ? 2 : 1;
await Promise.all(
  Array.from({ length: loops }, async () => {
    for (let n = await deliverDue(h.database, h.messaging); n > 0; n = await deliverDue(h.database, h.messaging)) {
      done += n;
      if (performance.now() - lastReport > 10_000) {
        console.log(`    ${done.toLocaleString()} delivered, ${Math.round(done / seconds(t0)).toLocaleString()}/s`);
        lastReport = performance.now();
      }
    }
  }),
);
const delivery = seconds(t0);
const [{ sent }] = (await h.database.query<{ sent: string }>(`select count(*) filter (where status = 'sent') as sent from message_sends where source_id = $1`, [campaign.id])).rows as [{ sent: string }];
console.log(`  delivery: ${delivery.toFixed(1)} s for ${Number(sent).toLocaleString()} sent (${Math.round(Number(sent) / delivery).toLocaleString()} emails/s)${mode === 'smtp' ? `; the SMTP server received ${received.toLocaleString()}` : ''}`);
console.log(`  total: ${(queueing + delivery).toFixed(1)} s from schedule to the last message`);
await h.close();
if (mode === 'smtp') smtp.close();

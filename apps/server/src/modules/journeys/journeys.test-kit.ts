import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Contact, Journey, JourneyDefinitionInput, JourneyRun, JourneyStats, MessageTemplate, Page } from '@rapport/contracts';
import { selectRows } from '../../platform/db.js';
import { call, newWorkspace, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

/** Shared fixtures of the journey tests: a workspace with templates, contacts and journeys. */

const mjml = (body: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${body}</mj-text></mj-column></mj-section></mj-body></mjml>`;

export interface Shop {
  ws: Session;
  email: MessageTemplate;
  sms: MessageTemplate;
  hook: MessageTemplate;
  person: (fields?: Record<string, unknown>) => Promise<Contact>;
  journey: (definition: JourneyDefinitionInput, opts?: { publish?: boolean; name?: string }) => Promise<Journey>;
  enrol: (journeyId: string, contactIds: string[], eventProperties?: Record<string, unknown>) => Promise<{ enrolled: number; results: { contactId: string; status: string; runId: string | null }[] }>;
  runs: (journeyId: string, q?: string) => Promise<JourneyRun[]>;
  stats: (journeyId: string, version?: number) => Promise<JourneyStats>;
  /** Tracks events (as the contact whose external id is `userId`) and processes them. */
  track: (...events: { userId: string; event: string; properties?: Record<string, unknown>; timestamp?: string }[]) => Promise<void>;
}

export async function shop(h: Harness, name = 'Journey shop'): Promise<Shop> {
  const ws = await newWorkspace(h, name);
  const template = async (body: object) => {
    const res = await call(h, ws.headers, 'POST', '/api/v1/message-templates', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<MessageTemplate>();
  };
  const email = await template({ name: 'Hello', content: { channel: 'email', subject: 'Hi {{ contact.firstName }}', mjml: mjml('Hello {{ contact.firstName }}, {{ event.item }} {{ coupon.code }}') } });
  const sms = await template({ name: 'Text', content: { channel: 'sms', text: 'Hi {{ contact.firstName }}' } });
  const hook = await template({ name: 'Hook', content: { channel: 'webhook', url: 'https://hooks.example.com/in', body: '{"contact": "{{ contact.firstName }}"}' } });
  let n = 0;
  let writeKey: string | null = null;
  return {
    ws,
    email,
    sms,
    hook,
    async person(fields = {}) {
      n += 1;
      const res = await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: `P${n}`, email: `p${n}-${Math.random().toString(36).slice(2, 8)}@example.com`, ...fields });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<Contact>();
    },
    async journey(definition, opts = {}) {
      const res = await call(h, ws.headers, 'POST', '/api/v1/journeys', { name: opts.name ?? 'J', definition });
      expect(res.statusCode, res.body).toBe(201);
      const j = res.json<Journey>();
      if (opts.publish === false) return j;
      const live = await call(h, ws.headers, 'POST', `/api/v1/journeys/${j.id}/publish`);
      expect(live.statusCode, live.body).toBe(200);
      return live.json<Journey>();
    },
    async enrol(journeyId, contactIds, eventProperties) {
      const res = await call(h, ws.headers, 'POST', `/api/v1/journeys/${journeyId}/enrol`, { contactIds, ...(eventProperties ? { eventProperties } : {}) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
    runs: async (journeyId, q = '') => (await call(h, ws.headers, 'GET', `/api/v1/journeys/${journeyId}/runs?limit=200${q}`)).json<Page<JourneyRun>>().data,
    async track(...events) {
      writeKey ??= (await call(h, ws.headers, 'POST', '/api/v1/sources', { name: 'Site' })).json<{ writeKey: string }>().writeKey;
      const batch = events.map((e, i) => ({ type: 'track', messageId: `${e.userId}-${e.event}-${Date.now()}-${i}-${Math.random()}`, ...e, properties: e.properties ?? {} }));
      const res = await call(h, writeKeyAuth(writeKey), 'POST', '/v1/batch', { batch });
      expect(res.statusCode, res.body).toBe(200);
      await h.processEvents();
    },
    stats: async (journeyId, version) => (await call(h, ws.headers, 'GET', `/api/v1/journeys/${journeyId}/stats${version ? `?version=${version}` : ''}`)).json<JourneyStats>(),
  };
}

/** Time passes for a workspace's waiting runs: every wait (and, with `timeouts`, every wait-for's deadline) is over. */
export async function elapse(h: Harness, s: Shop, opts: { timeouts?: boolean } = { timeouts: true }): Promise<void> {
  await h.database.db.execute(sql`update journey_runs set due_at = now() - interval '1 second'
      ${opts.timeouts ? sql`, wait_until = now() - interval '1 second'` : sql``}
    where workspace_id = ${s.ws.workspaceId} and status = 'active' and phase = 'waiting'`);
}

/** The step log of a workspace's runs of a journey, in order: [contactId, stepId, outcome]. */
export async function stepLog(h: Harness, journeyId: string): Promise<{ run_id: string; contact_id: string; step_id: string; seq: number; outcome: string | null; detail: Record<string, unknown> | null }[]> {
  return selectRows(h.database.db, sql`select run_id, contact_id, step_id, seq, outcome, detail from journey_steps where journey_id = ${journeyId}::uuid order by run_id, seq`);
}

/** Sends a journey queued: [contactId, templateId, idempotencyKey, data]. */
export async function sendsOf(h: Harness, journeyId: string): Promise<{ contact_id: string; template_id: string; idempotency_key: string; data: Record<string, unknown>; status: string }[]> {
  return selectRows(h.database.db, sql`select contact_id, template_id, idempotency_key, data, status from message_sends where source_kind = 'journey' and source_id = ${journeyId} order by id`);
}

/** A definition with defaults for what a test does not care about. */
export const def = (d: Partial<JourneyDefinitionInput> & Pick<JourneyDefinitionInput, 'steps' | 'start'>): JourneyDefinitionInput => ({
  trigger: { type: 'manual' },
  reentry: { kind: 'always' },
  ...d,
});

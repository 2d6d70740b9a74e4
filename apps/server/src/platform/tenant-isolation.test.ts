import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey, BulkOperation, Company, Contact, CustomField, ImportPreview, Invitation, Member, Note, Page, SavedView, Source, StoredEvent } from '@rapport/contracts';
import { call, newApiKey, newMember, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../test/harness.js';

/**
 * Workspace B's owner, and B's API key, aim at workspace A's records through every route.
 * The table below must name every /api/v1 route: a new route without a case fails this test.
 */
let h: Harness;
let a: Session;
let b: Session;
let bKey: Record<string, string>;
const ids = {
  contact: '',
  twin: '',
  company: '',
  customField: '',
  note: '',
  view: '',
  merge: '',
  bulk: '',
  importId: '',
  member: '',
  invitation: '',
  apiKey: '',
  workspace: '',
  source: '',
  writeKey: '',
  tracked: '',
  order: '',
  product: '',
  segment: '',
  list: '',
  template: '',
  outbox: '',
  send: '',
  pool: '',
  campaign: '',
  task: '',
  journey: '',
};

beforeAll(async () => {
  h = await startHarness();
  a = await newWorkspace(h, 'A');
  b = await newWorkspace(h, 'B');
  bKey = await newApiKey(h, b, ['read', 'write', 'track']);
  ids.workspace = a.workspaceId;
  ids.contact = (await call(h, a.headers, 'POST', '/api/v1/contacts', { firstName: 'A-only', email: 'a-only@example.com' })).json<Contact>().id;
  ids.twin = (await call(h, a.headers, 'POST', '/api/v1/contacts', { firstName: 'A-twin', email: 'a-twin@example.com' })).json<Contact>().id;
  ids.company = (await call(h, a.headers, 'POST', '/api/v1/companies', { name: 'A-corp', domain: 'a-corp.com' })).json<Company>().id;
  ids.customField = (await call(h, a.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'a_secret', label: 'A-secret', type: 'text' })).json<CustomField>().id;
  ids.note = (await call(h, a.headers, 'POST', `/api/v1/contacts/${ids.contact}/notes`, { body: 'A-note' })).json<Note>().id;
  ids.view = (await call(h, a.headers, 'POST', '/api/v1/views', { entity: 'contact', name: 'A-view', visibility: 'shared' })).json<SavedView>().id;
  const spare = (await call(h, a.headers, 'POST', '/api/v1/contacts', { firstName: 'A-spare' })).json<Contact>().id;
  ids.merge = (await call(h, a.headers, 'POST', '/api/v1/contacts/merge', { survivorId: ids.twin, mergedId: spare })).json<{ merge: { id: string } }>().merge.id;
  ids.bulk = (await call(h, a.headers, 'POST', '/api/v1/contacts/bulk-actions', { action: 'tag', ids: [ids.twin], tags: ['A-tag'] })).json<BulkOperation>().id;
  ids.importId = (
    await h.app.inject({ method: 'POST', url: '/api/v1/imports?entity=contacts&filename=a.csv', headers: { ...a.headers, 'content-type': 'text/csv' }, payload: 'Name,Email\nA-imported,a-imported@example.com\n' })
  ).json<ImportPreview>().import.id;
  const m = await newMember(h, a, 'member');
  ids.member = (await call(h, a.headers, 'GET', '/api/v1/members')).json<Page<Member>>().data.find((x) => x.userId === m.userId)!.id;
  ids.invitation = (await call(h, a.headers, 'POST', '/api/v1/invitations', { email: 'inv@example.com', role: 'member' })).json<Invitation>().id;
  await newApiKey(h, a, ['read']);
  ids.apiKey = (await call(h, a.headers, 'GET', '/api/v1/api-keys')).json<Page<ApiKey>>().data[0]!.id;
  const source = (await call(h, a.headers, 'POST', '/api/v1/sources', { name: 'A-site' })).json<Source>();
  ids.source = source.id;
  ids.writeKey = source.writeKey;
  const track = writeKeyAuth(source.writeKey);
  await call(h, track, 'POST', '/v1/identify', { userId: 'A-user', anonymousId: 'A-anon', traits: { email: 'a-tracked@example.com' } });
  await call(h, track, 'POST', '/v1/track', { userId: 'A-user', event: 'A-event', properties: { a_prop: 1 } });
  await call(h, track, 'POST', '/v1/track', { userId: 'A-user', event: 'A-event', timestamp: '1990-01-01T00:00:00Z' });
  await h.processEvents();
  ids.tracked = (await call(h, a.headers, 'GET', '/api/v1/events?name=A-event')).json<Page<StoredEvent>>().data[0]!.contactId!;
  ids.order = (
    await call(h, a.headers, 'POST', '/api/v1/orders', { orderId: 'A-order-1', contact: { id: ids.contact }, lines: [{ sku: 'A-sku', name: 'A-product', quantity: 1, unitPrice: 10 }] })
  ).json<{ id: string }>().id;
  ids.product = (await call(h, a.headers, 'GET', '/api/v1/products')).json<Page<{ id: string }>>().data[0]!.id;
  ids.segment = (
    await call(h, a.headers, 'POST', '/api/v1/segments', { name: 'A-segment', definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'firstName', op: 'eq', value: 'A-only' }] } })
  ).json<{ id: string }>().id;
  ids.list = (await call(h, a.headers, 'POST', '/api/v1/segments', { name: 'A-list', kind: 'static' })).json<{ id: string }>().id;
  ids.template = (await call(h, a.headers, 'POST', '/api/v1/message-templates', { name: 'A-template', content: { channel: 'sms', text: 'A-secret {{ contact.firstName }}' } })).json<{ id: string }>().id;
  const mail = (await call(h, a.headers, 'POST', '/api/v1/message-templates', { name: 'A-mail', content: { channel: 'email', subject: 'A-secret', mjml: '<mjml><mj-body></mj-body></mjml>' } })).json<{ id: string }>().id;
  ids.outbox = (await call(h, a.headers, 'POST', `/api/v1/message-templates/${mail}/test-send`, { contactId: ids.contact, to: 'a-owner@example.com' })).json<{ messageId: string }>().messageId;
  await call(h, a.headers, 'POST', `/api/v1/segments/${ids.list}/members`, { contactIds: [ids.contact] });
  ids.send = (await call(h, a.headers, 'POST', '/api/v1/messages', { contactId: ids.contact, templateId: mail, idempotencyKey: 'A-send' })).json<{ id: string }>().id;
  await call(h, a.headers, 'PUT', '/api/v1/messaging/settings', { sender: { fromName: 'A-sender', fromAddress: 'a-sender@example.com' } });
  ids.pool = (await call(h, a.headers, 'POST', '/api/v1/coupon-pools', { name: 'A-pool', kind: 'uploaded', valueType: 'amount', value: 10 })).json<{ id: string }>().id;
  await call(h, a.headers, 'POST', `/api/v1/coupon-pools/${ids.pool}/codes`, { codes: ['A-CODE-1'] });
  ids.campaign = (await call(h, a.headers, 'POST', '/api/v1/campaigns', { name: 'A-campaign', audience: { include: [ids.list] }, variants: [{ key: 'A', templateId: mail }] })).json<{ id: string }>().id;
  ids.task = (await call(h, a.headers, 'POST', '/api/v1/tasks', { contactId: ids.contact, title: 'A-task' })).json<{ id: string }>().id;
  const waitStep = { id: 'a', type: 'wait', wait: { kind: 'duration', minutes: 60 }, next: null };
  ids.journey = (await call(h, a.headers, 'POST', '/api/v1/journeys', { name: 'A-journey', definition: { trigger: { type: 'manual' }, start: 'a', steps: [waitStep], reentry: { kind: 'always' } } })).json<{ id: string }>().id;
  await call(h, a.headers, 'POST', `/api/v1/journeys/${ids.journey}/publish`);
  await call(h, a.headers, 'POST', `/api/v1/journeys/${ids.journey}/enrol`, { contactIds: [ids.contact] });
});
afterAll(() => h.close());

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  path: string;
  body?: unknown;
  /** What B gets: 404 for A's records; for lists, a 200 that must not contain A's data. */
  expect: 404 | 'own-data-only' | 'public';
}

const cases = (): Case[] => [
  { method: 'GET', path: '/api/v1/contacts', url: '/api/v1/contacts?q=A-only', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/contacts', url: '/api/v1/contacts', body: { firstName: 'B' }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/export', url: '/api/v1/contacts/export', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/:id/consents', url: `/api/v1/contacts/${ids.contact}/consents`, expect: 404 },
  { method: 'POST', path: '/api/v1/contacts/:id/consents', url: `/api/v1/contacts/${ids.contact}/consents`, body: { channel: 'email', status: 'unsubscribed' }, expect: 404 },
  { method: 'GET', path: '/api/v1/contacts/:id/consents/history', url: `/api/v1/contacts/${ids.contact}/consents/history`, expect: 404 },
  { method: 'GET', path: '/api/v1/contacts/:id', url: `/api/v1/contacts/${ids.contact}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/contacts/:id', url: `/api/v1/contacts/${ids.contact}`, body: { firstName: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/contacts/:id', url: `/api/v1/contacts/${ids.contact}`, expect: 404 },
  { method: 'POST', path: '/api/v1/contacts/query', url: '/api/v1/contacts/query', body: { q: 'A-only' }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/fields', url: '/api/v1/contacts/fields', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/contacts/upsert', url: '/api/v1/contacts/upsert', body: { match: 'email', contact: { email: 'a-twin@example.com', firstName: 'B' } }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/contacts/batch', url: '/api/v1/contacts/batch', body: { operation: 'update', items: [{ id: ids.contact, firstName: 'hacked' }] }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/duplicates', url: '/api/v1/contacts/duplicates', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/contacts/merge', url: '/api/v1/contacts/merge', body: { survivorId: ids.contact, mergedId: ids.twin }, expect: 404 },
  { method: 'POST', path: '/api/v1/contact-merges/:id/undo', url: `/api/v1/contact-merges/${ids.merge}/undo`, expect: 404 },
  { method: 'POST', path: '/api/v1/contacts/bulk-actions', url: '/api/v1/contacts/bulk-actions', body: { action: 'delete', ids: [ids.contact] }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/bulk-operations/:id/undo', url: `/api/v1/bulk-operations/${ids.bulk}/undo`, expect: 404 },
  { method: 'GET', path: '/api/v1/contacts/:id/timeline', url: `/api/v1/contacts/${ids.contact}/timeline`, expect: 404 },
  { method: 'GET', path: '/api/v1/contacts/:id/notes', url: `/api/v1/contacts/${ids.contact}/notes`, expect: 404 },
  { method: 'POST', path: '/api/v1/contacts/:id/notes', url: `/api/v1/contacts/${ids.contact}/notes`, body: { body: 'x' }, expect: 404 },
  { method: 'PATCH', path: '/api/v1/notes/:id', url: `/api/v1/notes/${ids.note}`, body: { body: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/notes/:id', url: `/api/v1/notes/${ids.note}`, expect: 404 },
  { method: 'GET', path: '/api/v1/search', url: '/api/v1/search?q=A-', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/companies', url: '/api/v1/companies?q=A-corp', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/companies', url: '/api/v1/companies', body: { name: 'B-corp', domain: 'a-corp.com' }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/companies/query', url: '/api/v1/companies/query', body: { q: 'A-corp' }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/companies/fields', url: '/api/v1/companies/fields', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/companies/export', url: '/api/v1/companies/export', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/companies/:id', url: `/api/v1/companies/${ids.company}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/companies/:id', url: `/api/v1/companies/${ids.company}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/companies/:id', url: `/api/v1/companies/${ids.company}`, expect: 404 },
  { method: 'GET', path: '/api/v1/companies/:id/timeline', url: `/api/v1/companies/${ids.company}/timeline`, expect: 404 },
  { method: 'GET', path: '/api/v1/companies/:id/notes', url: `/api/v1/companies/${ids.company}/notes`, expect: 404 },
  { method: 'POST', path: '/api/v1/companies/:id/notes', url: `/api/v1/companies/${ids.company}/notes`, body: { body: 'x' }, expect: 404 },
  { method: 'GET', path: '/api/v1/custom-fields', url: '/api/v1/custom-fields', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/custom-fields', url: '/api/v1/custom-fields', body: { entity: 'contact', key: 'a_secret', label: 'B', type: 'text' }, expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/custom-fields/:id', url: `/api/v1/custom-fields/${ids.customField}`, body: { label: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/custom-fields/:id', url: `/api/v1/custom-fields/${ids.customField}`, expect: 404 },
  { method: 'GET', path: '/api/v1/views', url: '/api/v1/views', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/views', url: '/api/v1/views', body: { entity: 'contact', name: 'B-view' }, expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/views/:id', url: `/api/v1/views/${ids.view}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/views/:id', url: `/api/v1/views/${ids.view}`, expect: 404 },
  { method: 'POST', path: '/api/v1/imports', url: '/api/v1/imports?entity=contacts&filename=b.csv', body: 'Name\nB\n', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/imports', url: '/api/v1/imports', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/imports/:id', url: `/api/v1/imports/${ids.importId}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/imports/:id', url: `/api/v1/imports/${ids.importId}`, body: { tags: ['x'] }, expect: 404 },
  { method: 'GET', path: '/api/v1/imports/:id/preview', url: `/api/v1/imports/${ids.importId}/preview`, expect: 404 },
  { method: 'POST', path: '/api/v1/imports/:id/start', url: `/api/v1/imports/${ids.importId}/start`, body: { dryRun: false }, expect: 404 },
  { method: 'POST', path: '/api/v1/imports/:id/cancel', url: `/api/v1/imports/${ids.importId}/cancel`, expect: 404 },
  { method: 'GET', path: '/api/v1/imports/:id/rejects', url: `/api/v1/imports/${ids.importId}/rejects`, expect: 404 },
  { method: 'GET', path: '/api/v1/imports/:id/rejects.csv', url: `/api/v1/imports/${ids.importId}/rejects.csv`, expect: 404 },
  { method: 'GET', path: '/api/v1/audit-log', url: `/api/v1/audit-log?entityId=${ids.contact}`, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/members', url: '/api/v1/members', expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/members/:id', url: `/api/v1/members/${ids.member}`, body: { role: 'viewer' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/members/:id', url: `/api/v1/members/${ids.member}`, expect: 404 },
  { method: 'GET', path: '/api/v1/invitations', url: '/api/v1/invitations', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/invitations', url: '/api/v1/invitations', body: { email: 'x@example.com', role: 'member' }, expect: 'own-data-only' },
  { method: 'DELETE', path: '/api/v1/invitations/:id', url: `/api/v1/invitations/${ids.invitation}`, expect: 404 },
  { method: 'GET', path: '/api/v1/api-keys', url: '/api/v1/api-keys', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/api-keys', url: '/api/v1/api-keys', body: { name: 'b', scopes: ['read'] }, expect: 'own-data-only' },
  { method: 'DELETE', path: '/api/v1/api-keys/:id', url: `/api/v1/api-keys/${ids.apiKey}`, expect: 404 },
  { method: 'GET', path: '/api/v1/workspaces', url: '/api/v1/workspaces', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/workspaces', url: '/api/v1/workspaces', body: { name: 'B2' }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/workspaces/:id/activate', url: `/api/v1/workspaces/${ids.workspace}/activate`, expect: 404 },
  { method: 'GET', path: '/api/v1/me', url: '/api/v1/me', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/:id/traits', url: `/api/v1/contacts/${ids.contact}/traits`, expect: 404 },
  { method: 'POST', path: '/api/v1/orders', url: '/api/v1/orders', body: { orderId: 'A-order-1', contact: { id: ids.contact } }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/orders', url: '/api/v1/orders', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/orders', url: `/api/v1/orders?contactId=${ids.contact}`, expect: 404 },
  { method: 'GET', path: '/api/v1/orders/:id', url: `/api/v1/orders/${ids.order}`, expect: 404 },
  { method: 'POST', path: '/api/v1/products', url: '/api/v1/products', body: { sku: 'A-sku', name: 'B-product' }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/products', url: '/api/v1/products?q=A-', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/products/:id', url: `/api/v1/products/${ids.product}`, expect: 404 },
  { method: 'GET', path: '/api/v1/sources', url: '/api/v1/sources', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/sources', url: '/api/v1/sources', body: { name: 'B-site' }, expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/sources/:id', url: `/api/v1/sources/${ids.source}`, body: { isEnabled: false }, expect: 404 },
  { method: 'POST', path: '/api/v1/sources/:id/rotate-key', url: `/api/v1/sources/${ids.source}/rotate-key`, expect: 404 },
  { method: 'GET', path: '/api/v1/sources/:id/rejects', url: `/api/v1/sources/${ids.source}/rejects`, expect: 404 },
  { method: 'GET', path: '/api/v1/events', url: `/api/v1/events?contactId=${ids.tracked}`, expect: 404 },
  { method: 'GET', path: '/api/v1/events', url: '/api/v1/events?name=A-event', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/events/catalog', url: '/api/v1/events/catalog', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/contacts/:id/identities', url: `/api/v1/contacts/${ids.tracked}/identities`, expect: 404 },
  { method: 'GET', path: '/api/v1/identity/conflicts', url: '/api/v1/identity/conflicts', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/identity/rules', url: '/api/v1/identity/rules', expect: 'own-data-only' },
  { method: 'PUT', path: '/api/v1/identity/rules', url: '/api/v1/identity/rules', body: { blockedValues: ['A-user'], limits: {} }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/segments', url: '/api/v1/segments', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/segments/catalog', url: '/api/v1/segments/catalog', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/segments', url: '/api/v1/segments', body: { name: 'B-segment', definition: { type: 'group', combinator: 'and', children: [{ type: 'segment', segmentId: ids.segment, member: true }] } }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/segments/preview', url: '/api/v1/segments/preview', body: { definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'firstName', op: 'eq', value: 'A-only' }] } }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/segments/:id', url: `/api/v1/segments/${ids.segment}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/segments/:id', url: `/api/v1/segments/${ids.segment}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/segments/:id', url: `/api/v1/segments/${ids.segment}`, expect: 404 },
  { method: 'GET', path: '/api/v1/segments/:id/members', url: `/api/v1/segments/${ids.segment}/members`, expect: 404 },
  { method: 'GET', path: '/api/v1/segments/:id/history', url: `/api/v1/segments/${ids.segment}/history`, expect: 404 },
  { method: 'GET', path: '/api/v1/segments/:id/export', url: `/api/v1/segments/${ids.list}/export?hashed=true`, expect: 404 },
  { method: 'POST', path: '/api/v1/segments/:id/members', url: `/api/v1/segments/${ids.list}/members`, body: { contactIds: [ids.contact] }, expect: 404 },
  { method: 'POST', path: '/api/v1/segments/:id/members/remove', url: `/api/v1/segments/${ids.list}/members/remove`, body: { contactIds: [ids.contact] }, expect: 404 },
  { method: 'POST', path: '/api/v1/segments/:id/snapshot', url: `/api/v1/segments/${ids.segment}/snapshot`, body: { name: 'B-copy' }, expect: 404 },
  { method: 'GET', path: '/api/v1/message-templates', url: '/api/v1/message-templates', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/message-templates', url: '/api/v1/message-templates', body: { name: 'B-template', content: { channel: 'sms', text: 'B' } }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/message-templates/preview', url: '/api/v1/message-templates/preview', body: { contactId: ids.contact, content: { channel: 'sms', text: '{{ contact.firstName }}' } }, expect: 404 },
  { method: 'GET', path: '/api/v1/message-templates/:id', url: `/api/v1/message-templates/${ids.template}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/message-templates/:id', url: `/api/v1/message-templates/${ids.template}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/message-templates/:id', url: `/api/v1/message-templates/${ids.template}`, expect: 404 },
  { method: 'GET', path: '/api/v1/message-templates/:id/versions', url: `/api/v1/message-templates/${ids.template}/versions`, expect: 404 },
  { method: 'POST', path: '/api/v1/message-templates/:id/preview', url: `/api/v1/message-templates/${ids.template}/preview`, body: { contactId: ids.contact }, expect: 404 },
  { method: 'POST', path: '/api/v1/message-templates/:id/test-send', url: `/api/v1/message-templates/${ids.template}/test-send`, body: { contactId: ids.contact, to: 'b@example.com' }, expect: 404 },
  { method: 'GET', path: '/api/v1/outbox', url: '/api/v1/outbox', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/outbox/:id', url: `/api/v1/outbox/${ids.outbox}`, expect: 404 },
  { method: 'POST', path: '/api/v1/messages', url: '/api/v1/messages', body: { contactId: ids.contact, templateId: ids.template, idempotencyKey: 'A-send' }, expect: 404 },
  { method: 'GET', path: '/api/v1/messages', url: '/api/v1/messages', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/messages/:id', url: `/api/v1/messages/${ids.send}`, expect: 404 },
  { method: 'POST', path: '/api/v1/messaging/opt-in', url: '/api/v1/messaging/opt-in', body: { contactId: ids.contact }, expect: 404 },
  { method: 'GET', path: '/api/v1/messaging/settings', url: '/api/v1/messaging/settings', expect: 'own-data-only' },
  { method: 'PUT', path: '/api/v1/messaging/settings', url: '/api/v1/messaging/settings', body: { timeZone: 'Asia/Tokyo' }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/messaging/settings/webhook-secret', url: '/api/v1/messaging/settings/webhook-secret', expect: 'own-data-only' },
  // Feedback names A's message or address: B's report must neither match nor suppress it.
  { method: 'POST', path: '/api/v1/messaging/feedback', url: '/api/v1/messaging/feedback', body: { items: [{ type: 'hard_bounce', messageId: `<${ids.send}@localhost>` }] }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/coupon-pools', url: '/api/v1/coupon-pools', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/coupon-pools', url: '/api/v1/coupon-pools', body: { name: 'B-pool', kind: 'generated', prefix: 'B', valueType: 'amount', value: 1 }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/coupon-pools/:id', url: `/api/v1/coupon-pools/${ids.pool}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/coupon-pools/:id', url: `/api/v1/coupon-pools/${ids.pool}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'POST', path: '/api/v1/coupon-pools/:id/archive', url: `/api/v1/coupon-pools/${ids.pool}/archive`, expect: 404 },
  { method: 'POST', path: '/api/v1/coupon-pools/:id/unarchive', url: `/api/v1/coupon-pools/${ids.pool}/unarchive`, expect: 404 },
  { method: 'GET', path: '/api/v1/coupon-pools/:id/codes', url: `/api/v1/coupon-pools/${ids.pool}/codes`, expect: 404 },
  { method: 'POST', path: '/api/v1/coupon-pools/:id/codes', url: `/api/v1/coupon-pools/${ids.pool}/codes`, body: { codes: ['B-CODE'] }, expect: 404 },
  { method: 'POST', path: '/api/v1/coupon-pools/:id/issue', url: `/api/v1/coupon-pools/${ids.pool}/issue`, body: { contactId: ids.contact, issueKey: 'k' }, expect: 404 },
  { method: 'GET', path: '/api/v1/campaigns', url: '/api/v1/campaigns', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/campaigns', url: '/api/v1/campaigns', body: { name: 'B-campaign', audience: { include: [ids.list] }, variants: [{ key: 'A', templateId: ids.template }] }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/campaigns/:id', url: `/api/v1/campaigns/${ids.campaign}`, expect: 404 },
  { method: 'PUT', path: '/api/v1/campaigns/:id', url: `/api/v1/campaigns/${ids.campaign}`, body: { name: 'hacked', audience: { include: [ids.list] }, variants: [{ key: 'A', templateId: ids.template }] }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/campaigns/:id', url: `/api/v1/campaigns/${ids.campaign}`, expect: 404 },
  { method: 'POST', path: '/api/v1/campaigns/:id/schedule', url: `/api/v1/campaigns/${ids.campaign}/schedule`, expect: 404 },
  { method: 'POST', path: '/api/v1/campaigns/:id/cancel', url: `/api/v1/campaigns/${ids.campaign}/cancel`, expect: 404 },
  { method: 'POST', path: '/api/v1/campaigns/:id/end-test', url: `/api/v1/campaigns/${ids.campaign}/end-test`, body: {}, expect: 404 },
  // B names A's list: refused as unknown, with no count of A's contacts.
  { method: 'POST', path: '/api/v1/campaigns/audience-estimate', url: '/api/v1/campaigns/audience-estimate', body: { audience: { include: [ids.list] } }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/campaigns/:id/results', url: `/api/v1/campaigns/${ids.campaign}/results`, expect: 404 },
  { method: 'GET', path: '/api/v1/tasks', url: `/api/v1/tasks?contactId=${ids.contact}`, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/tasks', url: '/api/v1/tasks', body: { contactId: ids.contact, title: 'B-task' }, expect: 404 },
  { method: 'PATCH', path: '/api/v1/tasks/:id', url: `/api/v1/tasks/${ids.task}`, body: { title: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/tasks/:id', url: `/api/v1/tasks/${ids.task}`, expect: 404 },
  { method: 'GET', path: '/api/v1/journeys', url: '/api/v1/journeys', expect: 'own-data-only' },
  // A definition naming A's template is refused for B as one naming nothing.
  { method: 'POST', path: '/api/v1/journeys', url: '/api/v1/journeys', body: { name: 'B-journey', definition: { trigger: { type: 'manual' }, start: 'a', steps: [{ id: 'a', type: 'action', action: { kind: 'send', templateId: ids.template }, next: null }], reentry: { kind: 'always' } } }, expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/journeys/:id', url: `/api/v1/journeys/${ids.journey}`, expect: 404 },
  { method: 'PATCH', path: '/api/v1/journeys/:id', url: `/api/v1/journeys/${ids.journey}`, body: { name: 'hacked' }, expect: 404 },
  { method: 'DELETE', path: '/api/v1/journeys/:id', url: `/api/v1/journeys/${ids.journey}`, expect: 404 },
  { method: 'GET', path: '/api/v1/journeys/:id/versions', url: `/api/v1/journeys/${ids.journey}/versions`, expect: 404 },
  { method: 'POST', path: '/api/v1/journeys/:id/publish', url: `/api/v1/journeys/${ids.journey}/publish`, expect: 404 },
  { method: 'POST', path: '/api/v1/journeys/:id/pause', url: `/api/v1/journeys/${ids.journey}/pause`, expect: 404 },
  { method: 'POST', path: '/api/v1/journeys/:id/enrol', url: `/api/v1/journeys/${ids.journey}/enrol`, body: { contactIds: [ids.contact] }, expect: 404 },
  { method: 'GET', path: '/api/v1/journeys/:id/runs', url: `/api/v1/journeys/${ids.journey}/runs`, expect: 404 },
  { method: 'GET', path: '/api/v1/journeys/:id/stats', url: `/api/v1/journeys/${ids.journey}/stats`, expect: 404 },
  { method: 'GET', path: '/api/v1/journey-recipes', url: '/api/v1/journey-recipes', expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/journey-recipes/:key', url: '/api/v1/journey-recipes/welcome_series', body: {}, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/messaging/dsn', url: '/api/v1/messaging/dsn', body: 'Subject: x', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/models/settings', url: '/api/v1/models/settings', expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/models/settings', url: '/api/v1/models/settings', body: { nasld: { newWithinDays: 30, sleepyMultiplier: 2, lostMultiplier: 3, deepDormantAfterDays: 180, defaultCycleDays: 30 } }, expect: 'own-data-only' },
  { method: 'POST', path: '/api/v1/models/recompute', url: '/api/v1/models/recompute', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/models/rfm', url: '/api/v1/models/rfm', expect: 'own-data-only' },
  { method: 'GET', path: '/api/v1/models/nasld', url: '/api/v1/models/nasld', expect: 'own-data-only' },
  // Settings routes act on the caller's active workspace; there is no id to aim at another.
  { method: 'GET', path: '/api/v1/workspace/settings', url: '/api/v1/workspace/settings', expect: 'own-data-only' },
  { method: 'PATCH', path: '/api/v1/workspace/settings', url: '/api/v1/workspace/settings', body: { defaultRegion: 'JP' }, expect: 'own-data-only' },
  // Public and self-service routes: they hold no workspace data of their own or are keyed by a secret link.
  { method: 'GET', path: '/api/v1/setup', url: '/api/v1/setup', expect: 'public' },
  { method: 'POST', path: '/api/v1/setup', url: '/api/v1/setup', body: { name: 'x', email: 'x@example.com', password: 'xxxxxxxx', workspaceName: 'x' }, expect: 'public' },
  { method: 'POST', path: '/api/v1/auth/login', url: '/api/v1/auth/login', body: { email: 'nobody@example.com', password: 'x' }, expect: 'public' },
  { method: 'POST', path: '/api/v1/auth/logout', url: '/api/v1/auth/logout', expect: 'public' },
  { method: 'POST', path: '/api/v1/auth/password', url: '/api/v1/auth/password', body: { currentPassword: 'wrong', newPassword: 'whatever1' }, expect: 'public' },
  { method: 'GET', path: '/api/v1/invitations/:id/preview', url: `/api/v1/invitations/${ids.invitation}/preview`, expect: 'public' },
  { method: 'POST', path: '/api/v1/invitations/:id/accept', url: `/api/v1/invitations/${ids.invitation}/accept`, body: { password: 'x' }, expect: 'public' },
];

const aSecrets = () => [...Object.values(ids), 'A-order-1', 'A-product', 'A-anon', 'A-event', 'a_prop', 'a-tracked@example.com', 'a-only@example.com', 'A-corp', 'A-secret', 'A-note', 'A-view', 'A-imported', 'A-tag', 'A-segment', 'A-list', 'A-sender', 'A-pool', 'A-CODE-1', 'A-campaign', 'A-task', 'A-journey', a.email];

describe('tenant isolation', () => {
  it('covers every /api/v1 route', () => {
    const listed = new Set(cases().map((c) => `${c.method} ${c.path}`));
    const registered = new Set(h.routes.filter((r) => r.split(' ')[1]!.startsWith('/api/v1/')));
    expect([...registered].filter((r) => !listed.has(r))).toEqual([]);
    expect([...listed].filter((r) => !registered.has(r))).toEqual([]);
  });

  for (const who of ['session', 'api key'] as const) {
    it(`keeps workspace A's records from workspace B's ${who}`, async () => {
      const as = who === 'session' ? b.headers : bKey;
      const aWebhookSecret = (await call(h, a.headers, 'GET', '/api/v1/messaging/settings')).json<{ webhookSecret: string }>().webhookSecret;
      // Counting A's list would leak its size: it is an unknown segment to B.
      const estimate = await call(h, as, 'POST', '/api/v1/campaigns/audience-estimate', { audience: { include: [ids.list] } });
      expect(estimate.statusCode, estimate.body).toBe(400);
      for (const c of cases()) {
        const res = await call(h, as, c.method, c.url, c.body);
        const where = `${who}: ${c.method} ${c.url} → ${res.statusCode}`;
        if (c.expect === 404) {
          // Keys never reach admin or session-only routes: a 403 for any id, so no existence oracle.
          const refused = who === 'api key' && res.statusCode === 403;
          expect(refused || res.statusCode === 404, where).toBe(true);
          const aId = Object.values(ids).find((id) => c.url.includes(id))!;
          const missing = await call(h, as, c.method, c.url.replace(aId, '00000000-0000-4000-8000-000000000000'), c.body);
          expect(missing.statusCode, `${where} differs for a record that does not exist`).toBe(res.statusCode);
        }
        // Whatever the status, nothing of A's may come back.
        for (const secret of [...aSecrets(), aWebhookSecret]) expect(res.body.includes(secret), `${where} leaked ${secret}`).toBe(false);
      }
      // And A's record is untouched.
      const still = await call(h, a.headers, 'GET', `/api/v1/contacts/${ids.contact}`);
      expect(still.json<Contact>().firstName).toBe('A-only');
      const aCorp = await call(h, a.headers, 'GET', `/api/v1/companies/${ids.company}`);
      expect(aCorp.json<Company>().name, aCorp.body).toBe('A-corp');
      expect((await call(h, a.headers, 'GET', `/api/v1/contacts/${ids.twin}`)).json<Contact>().tags).toEqual(['A-tag']);
      expect((await call(h, a.headers, 'GET', `/api/v1/imports/${ids.importId}`)).json<{ status: string }>().status).toBe('uploaded');
      const notes = (await call(h, a.headers, 'GET', `/api/v1/contacts/${ids.contact}/notes`)).json<Page<Note>>().data;
      expect(notes.map((n) => n.body)).toEqual(['<p>A-note</p>']);
      expect((await call(h, a.headers, 'GET', '/api/v1/members')).json<Page<Member>>().data.some((m) => m.id === ids.member)).toBe(true);
      expect((await call(h, a.headers, 'GET', '/api/v1/invitations')).json<Page<Invitation>>().data.some((i) => i.id === ids.invitation)).toBe(true);
      expect((await call(h, a.headers, 'GET', '/api/v1/api-keys')).json<Page<ApiKey>>().data.some((k) => k.id === ids.apiKey)).toBe(true);
      const sources = (await call(h, a.headers, 'GET', '/api/v1/sources')).json<{ data: Source[] }>().data;
      expect(sources.map((x) => [x.writeKey, x.isEnabled])).toEqual([[ids.writeKey, true]]);
      expect((await call(h, a.headers, 'GET', '/api/v1/identity/rules')).json<{ blockedValues: string[] }>().blockedValues).toEqual([]);
      const aOrder = (await call(h, a.headers, 'GET', `/api/v1/orders/${ids.order}`)).json<{ contactId: string; lines: { name: string }[] }>();
      expect([aOrder.contactId, aOrder.lines.map((l) => l.name)]).toEqual([ids.contact, ['A-product']]);
      expect((await call(h, a.headers, 'GET', `/api/v1/messages/${ids.send}`)).json<{ bouncedAt: string | null }>().bouncedAt).toBeNull();
      expect((await call(h, a.headers, 'GET', '/api/v1/messaging/settings')).json<{ timeZone: string; webhookSecret: string }>()).toMatchObject({ timeZone: 'UTC', webhookSecret: aWebhookSecret });
      expect((await call(h, a.headers, 'GET', `/api/v1/coupon-pools/${ids.pool}`)).json<{ name: string; archivedAt: string | null }>()).toMatchObject({ name: 'A-pool', archivedAt: null });
      expect((await call(h, a.headers, 'GET', `/api/v1/campaigns/${ids.campaign}`)).json<{ name: string; status: string }>()).toMatchObject({ name: 'A-campaign', status: 'draft' });
      const tasks = (await call(h, a.headers, 'GET', `/api/v1/tasks?contactId=${ids.contact}`)).json<Page<{ title: string }>>().data;
      expect(tasks.map((t) => t.title)).toEqual(['A-task']);
      expect((await call(h, a.headers, 'GET', `/api/v1/journeys/${ids.journey}`)).json<{ name: string; status: string }>()).toMatchObject({ name: 'A-journey', status: 'live' });
      expect((await call(h, a.headers, 'GET', `/api/v1/journeys/${ids.journey}/runs`)).json<Page<{ contactId: string }>>().data.map((r) => r.contactId)).toEqual([ids.contact]);
    });
  }
});

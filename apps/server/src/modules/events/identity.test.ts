import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactMerge, IdentityConflict, Page, Source, SourceReject, StoredEvent, TimelineEntry } from '@rapport/contracts';
import { call, contactsByExternalId, newWorkspace, startHarness, writeKeyAuth, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
let source: Source;

const sourceIn = async (s: Session) => (await call(h, s.headers, 'POST', '/api/v1/sources', { name: 'Site' })).json<Source>();
const send = async (src: Source, batch: Record<string, unknown>[]) => {
  const res = await call(h, writeKeyAuth(src.writeKey), 'POST', '/v1/batch', { batch });
  expect(res.statusCode, res.body).toBe(200);
  await h.processEvents();
};
const byUser = (userId: string, s = ws) => contactsByExternalId(h, s, userId);
const eventsOf = async (contactId: string) => (await call(h, ws.headers, 'GET', `/api/v1/events?contactId=${contactId}`)).json<Page<StoredEvent>>().data;

beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
  await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'TW' });
  source = await sourceIn(ws);
});
afterAll(() => h.close());

describe('identity resolution', () => {
  it('attaches a signed-in user to the imported contact with their email, not a new one', async () => {
    const imported = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: '志明', email: 'chiming@example.com' })).json<Contact>();
    await send(source, [{ type: 'identify', userId: 'u-cm', anonymousId: 'a-cm', traits: { email: 'ChiMing@example.com', phone: '0912-345-678' } }]);
    const [c] = await byUser('u-cm');
    expect(c!.id).toBe(imported.id);
    expect(c).toMatchObject({ firstName: '志明', phone: '+886912345678' });
  });

  it('merges a form-identified visitor into the user they sign in as, and the merge can be undone', async () => {
    // A newsletter form identifies the visitor by email alone: a contact without a userId.
    await send(source, [
      { type: 'page', anonymousId: 'a-form', name: 'Landing' },
      { type: 'identify', anonymousId: 'a-form', traits: { email: 'reader@example.com' } },
    ]);
    // Later they sign in on another device as a known user, then come back on the first.
    await send(source, [{ type: 'identify', userId: 'u-reader', anonymousId: 'a-phone', traits: { email: 'reader.work@example.com' } }]);
    const [known] = await byUser('u-reader');
    await send(source, [{ type: 'track', userId: 'u-reader', anonymousId: 'a-form', event: 'Cart Viewed' }]);
    const [after] = await byUser('u-reader');
    expect(after!.id).toBe(known!.id);
    expect([after!.email, ...after!.emails].sort()).toEqual(['reader.work@example.com', 'reader@example.com']);
    expect((await eventsOf(known!.id)).map((e) => e.name ?? e.type).sort()).toEqual(['Cart Viewed', 'Landing', 'identify', 'identify'].sort());
    const tl = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${known!.id}/timeline?kinds=merge`)).json<Page<TimelineEntry>>().data;
    expect(tl).toHaveLength(1);
    expect(tl[0]!.actorLabel).toBe('Identity resolution');

    const undo = await call(h, ws.headers, 'POST', `/api/v1/contact-merges/${tl[0]!.data.mergeId as string}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    const formContact = undo.json<{ merge: ContactMerge }>().merge.mergedId;
    expect((await eventsOf(formContact)).map((e) => e.name ?? e.type).sort()).toEqual(['Landing', 'identify']);
    expect((await eventsOf(known!.id)).map((e) => e.name ?? e.type).sort()).toEqual(['Cart Viewed', 'identify']);
  });

  it('never merges two profiles with different userIds; the conflict waits for review', async () => {
    await send(source, [{ type: 'identify', userId: 'u-one', anonymousId: 'a-shared', traits: { firstName: 'One' } }]);
    await send(source, [
      { type: 'identify', userId: 'u-two', anonymousId: 'a-shared', traits: { firstName: 'Two' } },
      { type: 'track', userId: 'u-two', anonymousId: 'a-shared', event: 'Clicked' },
    ]);
    const [one] = await byUser('u-one');
    const [two] = await byUser('u-two');
    expect(one!.id).not.toBe(two!.id);
    expect((await eventsOf(two!.id)).map((e) => e.name ?? e.type).sort()).toEqual(['Clicked', 'identify']);
    const conflicts = (await call(h, ws.headers, 'GET', '/api/v1/identity/conflicts')).json<{ data: IdentityConflict[] }>().data;
    expect(conflicts.filter((c) => c.value === 'a-shared')).toEqual([
      expect.objectContaining({ reason: 'different_user_ids', kind: 'anonymous_id', contactId: two!.id, otherContactId: one!.id }),
    ]);
  });

  it('ignores blocked values and keeps each kind of identity within its limit', async () => {
    const put = await call(h, ws.headers, 'PUT', '/api/v1/identity/rules', { blockedValues: ['guest'], limits: { anonymous_id: 2 } });
    expect(put.statusCode, put.body).toBe(200);
    await send(source, [
      { type: 'identify', userId: 'GUEST', anonymousId: 'a-g1', traits: { email: 'g1@example.com' } },
      { type: 'identify', userId: 'guest', anonymousId: 'a-g2', traits: { email: 'g2@example.com' } },
    ]);
    expect(await byUser('guest')).toEqual([]);
    expect(await byUser('GUEST')).toEqual([]);
    await send(
      source,
      ['a-l1', 'a-l2', 'a-l3'].map((anonymousId) => ({ type: 'track', userId: 'u-limit', anonymousId, event: 'Visit' })),
    );
    const [c] = await byUser('u-limit');
    const ids = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${c!.id}/identities`)).json<{ data: { value: string }[] }>().data;
    expect(ids.map((i) => i.value)).toEqual(['a-l1', 'a-l2']);
    const conflicts = (await call(h, ws.headers, 'GET', '/api/v1/identity/conflicts')).json<{ data: IdentityConflict[] }>().data;
    expect(conflicts.some((x) => x.reason === 'identity_limit' && x.value === 'a-l3')).toBe(true);
    // The event of the third id still belongs to the user, by its userId.
    expect((await eventsOf(c!.id)).length).toBe(3);
    await call(h, ws.headers, 'PUT', '/api/v1/identity/rules', { blockedValues: [], limits: {} });
  });

  it('stores an identify whose traits are partly invalid, applies the rest and logs what it left out', async () => {
    await send(source, [{ type: 'identify', userId: 'u-bad', traits: { email: 'not-an-email', firstName: 'Valid', birthday: 'someday' } }]);
    const [c] = await byUser('u-bad');
    expect(c).toMatchObject({ firstName: 'Valid', email: null, birthday: null });
    const log = (await call(h, ws.headers, 'GET', `/api/v1/sources/${source.id}/rejects`)).json<{ data: SourceReject[] }>().data;
    expect(log.some((r) => /email/.test(r.reason) && /birthday/.test(r.reason))).toBe(true);
  });

  it("keeps each workspace's identities apart, even for the same userId", async () => {
    const other = await newWorkspace(h, 'Other');
    const otherSource = await sourceIn(other);
    await send(source, [{ type: 'identify', userId: 'u-same', traits: { firstName: 'Here' } }]);
    await send(otherSource, [{ type: 'identify', userId: 'u-same', traits: { firstName: 'There' } }]);
    expect((await byUser('u-same')).map((c) => c.firstName)).toEqual(['Here']);
    expect((await byUser('u-same', other)).map((c) => c.firstName)).toEqual(['There']);
  });
});

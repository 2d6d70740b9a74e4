import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, SavedView } from '@rapport/contracts';
import { call, newApiKey, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';

let h: Harness;
let ws: Session;
beforeAll(async () => {
  h = await startHarness();
  ws = await newWorkspace(h);
});
afterAll(() => h.close());

const filter = { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'lifecycleStage', op: 'eq', value: 'lead' }] };

describe('saved views', () => {
  it('saves private and shared views, each seen by the right people', async () => {
    const member = await newMember(h, ws, 'member');
    const mine = await call(h, ws.headers, 'POST', '/api/v1/views', { entity: 'contact', name: 'My leads', filter, sort: { field: 'lastName', order: 'asc' }, columns: ['email', 'lifecycleStage'] });
    expect(mine.statusCode, mine.body).toBe(201);
    const shared = (await call(h, ws.headers, 'POST', '/api/v1/views', { entity: 'contact', name: 'Team kanban', visibility: 'shared', layout: 'kanban' })).json<SavedView>();
    const theirs = (await call(h, member.headers, 'GET', '/api/v1/views?entity=contact')).json<{ data: SavedView[] }>().data;
    expect(theirs.map((v) => v.name)).toEqual(['Team kanban']);
    expect((await call(h, member.headers, 'PATCH', `/api/v1/views/${mine.json<SavedView>().id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await call(h, member.headers, 'PATCH', `/api/v1/views/${shared.id}`, { name: 'x' })).statusCode).toBe(403);
    const renamed = await call(h, ws.headers, 'PATCH', `/api/v1/views/${shared.id}`, { name: 'Pipeline', filter });
    expect(renamed.json<SavedView>()).toMatchObject({ name: 'Pipeline', layout: 'kanban', filter });
    const key = await newApiKey(h, ws, ['read', 'write']);
    expect((await call(h, key, 'POST', '/api/v1/views', { entity: 'company', name: 'From the API', visibility: 'shared' })).statusCode).toBe(201);
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/views/${shared.id}`)).statusCode).toBe(204);
  });

  it('must name real fields', async () => {
    const bad = await call(h, ws.headers, 'POST', '/api/v1/views', {
      entity: 'contact',
      name: 'Broken',
      filter: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'shoeSize', op: 'eq', value: 42 }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors![0]!.path).toBe('filter.children.0.field');
    expect((await call(h, ws.headers, 'POST', '/api/v1/views', { entity: 'contact', name: 'B', sort: { field: 'tags', order: 'asc' } })).statusCode).toBe(400);
    expect((await call(h, ws.headers, 'POST', '/api/v1/views', { entity: 'contact', name: 'B', columns: ['email', 'nope'] })).statusCode).toBe(400);
  });
});

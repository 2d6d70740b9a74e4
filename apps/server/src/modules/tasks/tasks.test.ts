import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Page, Task, TimelineEntry } from '@rapport/contracts';
import { call, newMember, newWorkspace, startHarness, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('tasks', () => {
  it('creates, lists by filter, edits, completes and deletes tasks, audited and on the timeline', async () => {
    const ws = await newWorkspace(h);
    const rep = await newMember(h, ws, 'member');
    const ann = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ann' })).json<Contact>();
    const bob = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Bob' })).json<Contact>();
    const created = await call(h, ws.headers, 'POST', '/api/v1/tasks', { contactId: ann.id, title: 'Call Ann back', dueAt: '2030-01-02T09:00:00Z', assigneeId: rep.userId, queue: 'service' });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json<Task>();
    expect(task).toMatchObject({ contactId: ann.id, title: 'Call Ann back', dueAt: '2030-01-02T09:00:00.000Z', assigneeId: rep.userId, queue: 'service', status: 'open', sourceKind: 'manual', doneAt: null });
    await call(h, ws.headers, 'POST', '/api/v1/tasks', { contactId: bob.id, title: 'Quote for Bob' });

    const list = async (q: string) => (await call(h, ws.headers, 'GET', `/api/v1/tasks?${q}`)).json<Page<Task>>().data.map((t) => t.title);
    expect(await list('')).toEqual(['Quote for Bob', 'Call Ann back']);
    expect(await list(`contactId=${ann.id}`)).toEqual(['Call Ann back']);
    expect(await list(`assigneeId=${rep.userId}`)).toEqual(['Call Ann back']);
    expect(await list('queue=sales')).toEqual(['Quote for Bob']);
    expect(await list('status=done')).toEqual([]);

    const done = (await call(h, ws.headers, 'PATCH', `/api/v1/tasks/${task.id}`, { status: 'done', assigneeId: null })).json<Task>();
    expect(done.status).toBe('done');
    expect(done.assigneeId).toBeNull();
    expect(done.doneAt).not.toBeNull();
    expect(await list('status=done')).toEqual(['Call Ann back']);
    const reopened = (await call(h, ws.headers, 'PATCH', `/api/v1/tasks/${task.id}`, { status: 'open' })).json<Task>();
    expect(reopened.doneAt).toBeNull();

    const timeline = (await call(h, ws.headers, 'GET', `/api/v1/contacts/${ann.id}/timeline?kinds=task`)).json<Page<TimelineEntry>>().data;
    expect(timeline.map((e) => [e.kind, e.data.title, e.data.status])).toEqual([['task', 'Call Ann back', 'open']]);
    const audit = (await call(h, ws.headers, 'GET', `/api/v1/audit-log?entityId=${task.id}`)).json<Page<{ action: string }>>().data;
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);

    expect((await call(h, ws.headers, 'DELETE', `/api/v1/tasks/${task.id}`)).statusCode).toBe(204);
    expect(await list('')).toEqual(['Quote for Bob']);
    expect((await call(h, ws.headers, 'DELETE', `/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
  });

  it('refuses an assignee who is not a member and a contact of another workspace', async () => {
    const ws = await newWorkspace(h);
    const other = await newWorkspace(h);
    const ann = (await call(h, ws.headers, 'POST', '/api/v1/contacts', { firstName: 'Ann' })).json<Contact>();
    const stranger = await call(h, ws.headers, 'POST', '/api/v1/tasks', { contactId: ann.id, title: 'x', assigneeId: other.userId });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('assigneeId');
    expect((await call(h, other.headers, 'POST', '/api/v1/tasks', { contactId: ann.id, title: 'x' })).statusCode).toBe(404);
    expect((await call(h, ws.headers, 'POST', '/api/v1/tasks', { contactId: ann.id, title: '' })).statusCode).toBe(400);
  });
});

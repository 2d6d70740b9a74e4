import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey, JourneyDefinitionInput } from '@rapport/contracts';
import { call, type Harness } from '../../test/harness.js';
import { startHarness } from '../../test/harness.js';
import { def, shop, type Shop } from './journeys.test-kit.js';

let h: Harness;
let s: Shop;
beforeAll(async () => {
  h = await startHarness();
  s = await shop(h);
});
afterAll(() => h.close());

const errorsOf = async (definition: JourneyDefinitionInput) => {
  const res = await call(h, s.ws.headers, 'POST', '/api/v1/journeys', { name: 'Bad', definition });
  expect(res.statusCode, res.body).toBe(400);
  return res.json<{ code: string; errors: { path: string; message: string }[] }>().errors;
};
const missing = '00000000-0000-4000-8000-000000000000';

describe('saving a journey checks it whole', () => {
  it('accepts a sound journey', async () => {
    const res = await call(h, s.ws.headers, 'POST', '/api/v1/journeys', {
      name: 'Fine',
      definition: def({ start: 'a', steps: [{ id: 'a', type: 'action', action: { kind: 'send', templateId: s.email.id }, next: 'w' }, { id: 'w', type: 'wait', wait: { kind: 'duration', minutes: 60 }, next: 'a' }] }),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Journey>()).toMatchObject({ status: 'draft', version: 1 });
  });

  it('names duplicate step ids, a missing start and targets that name no step', async () => {
    const errors = await errorsOf(
      def({
        start: 'nowhere',
        steps: [
          { id: 'a', type: 'action', action: { kind: 'add_tag', tag: 'x' }, next: 'ghost' },
          { id: 'a', type: 'exit' },
          { id: 'b', type: 'branch', condition: { kind: 'segment', segmentId: missing }, yes: 'a', no: 'phantom' },
          { id: 'c', type: 'split', paths: [{ key: 'A', weight: 1, next: 'a' }, { key: 'A', weight: 1, next: 'void' }] },
          { id: 'd', type: 'wait_for', until: { kind: 'event', event: 'Order Completed' }, timeoutMinutes: 60, onEvent: 'a', onTimeout: 'lost' },
        ],
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'definition.steps.1.id', message: expect.stringContaining('"a" is used') },
        { path: 'definition.start', message: 'No step has the id "nowhere"' },
        { path: 'definition.steps.0.next', message: 'No step has the id "ghost"' },
        { path: 'definition.steps.2.no', message: 'No step has the id "phantom"' },
        { path: 'definition.steps.3.paths.1.next', message: 'No step has the id "void"' },
        { path: 'definition.steps.3.paths.1.key', message: expect.stringContaining('"A" is used twice') },
        { path: 'definition.steps.4.onTimeout', message: 'No step has the id "lost"' },
        { path: 'definition.steps.2.condition.segmentId', message: expect.stringContaining('No segment') },
      ]),
    );
  });

  it('names unreachable steps and loops without a wait', async () => {
    const errors = await errorsOf(
      def({
        start: 'a',
        steps: [
          { id: 'a', type: 'action', action: { kind: 'add_tag', tag: 'x' }, next: 'b' },
          { id: 'b', type: 'split', paths: [{ key: 'A', weight: 1, next: 'a' }, { key: 'B', weight: 1, next: null }] },
          { id: 'island', type: 'exit' },
        ],
      }),
    );
    expect(errors).toEqual([
      { path: 'definition.steps.2', message: 'Step "island" cannot be reached from the start' },
      { path: 'definition.steps.1.paths.0.next', message: 'This loops back without a wait: a → b → a' },
    ]);
    // The same loop through a wait is fine.
    const fine = await call(h, s.ws.headers, 'POST', '/api/v1/journeys', {
      name: 'Loop with a wait',
      definition: def({ start: 'a', steps: [{ id: 'a', type: 'action', action: { kind: 'add_tag', tag: 'x' }, next: 'w' }, { id: 'w', type: 'wait_for', until: { kind: 'event', event: 'Order Completed' }, timeoutMinutes: 5, onEvent: null, onTimeout: 'a' }] }),
    });
    expect(fine.statusCode, fine.body).toBe(201);
  });

  it('names templates, pools and segments that are not the workspace’s, and channels that do not fit the action', async () => {
    const other = await shop(h, 'Other shop');
    const errors = await errorsOf(
      def({
        trigger: { type: 'segment_entered', segmentId: missing },
        start: 'a',
        steps: [
          { id: 'a', type: 'action', action: { kind: 'send', templateId: other.email.id }, next: 'b' },
          { id: 'b', type: 'action', action: { kind: 'send', templateId: s.hook.id }, next: 'c' },
          { id: 'c', type: 'action', action: { kind: 'webhook', templateId: s.sms.id }, next: 'd' },
          { id: 'd', type: 'action', action: { kind: 'issue_coupon', couponPoolId: missing }, next: 'e' },
          { id: 'e', type: 'action', action: { kind: 'send', templateId: s.email.id, couponPoolId: missing }, next: null },
        ],
      }),
    );
    expect(errors).toEqual([
      { path: 'definition.steps.0.action.templateId', message: 'No message template with this id in the workspace' },
      { path: 'definition.steps.1.action.templateId', message: '"Hook" is a webhook template: call it with a webhook action' },
      { path: 'definition.steps.2.action.templateId', message: 'A webhook action needs a webhook template; "Text" is sms' },
      { path: 'definition.steps.3.action.couponPoolId', message: 'No coupon pool with this id in the workspace' },
      { path: 'definition.steps.4.action.couponPoolId', message: 'No coupon pool with this id in the workspace' },
      { path: 'definition.trigger.segmentId', message: 'No segment or list with this id in the workspace' },
    ]);
  });

  it('names date fields that are not dates, fields actions cannot set, bad values, stages and members', async () => {
    await call(h, s.ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'anniversary', label: 'Anniversary', type: 'date' });
    await call(h, s.ws.headers, 'POST', '/api/v1/custom-fields', { entity: 'contact', key: 'shoe_size', label: 'Shoe size', type: 'number' });
    const errors = await errorsOf(
      def({
        trigger: { type: 'date', field: 'shoe_size' },
        start: 'a',
        steps: [
          { id: 'a', type: 'wait', wait: { kind: 'date_field', field: 'firstName' }, next: 'b' },
          { id: 'b', type: 'action', action: { kind: 'update_field', field: 'createdAt', value: 'x' }, next: 'c' },
          { id: 'c', type: 'action', action: { kind: 'update_field', field: 'birthday', value: 'not a date' }, next: 'd' },
          { id: 'd', type: 'action', action: { kind: 'update_field', field: 'custom.nope', value: 1 }, next: 'e' },
          { id: 'e', type: 'action', action: { kind: 'create_task', title: 'Call', assignTo: 'someone-else' }, next: 'f' },
          { id: 'f', type: 'wait', wait: { kind: 'date_field', field: 'anniversary' }, next: null },
        ],
      }),
    );
    expect(errors.map((e) => e.path)).toEqual([
      'definition.steps.4.action.assignTo',
      'definition.steps.1.action.field',
      'definition.steps.2.action.value',
      'definition.steps.3.action.field',
      'definition.steps.0.wait.field',
      'definition.trigger.field',
    ]);
    const model = await errorsOf(def({ trigger: { type: 'model_changed', model: 'nasld', to: 'Q' }, start: 'a', steps: [{ id: 'a', type: 'exit' }] }));
    expect(model).toEqual([{ path: 'definition.trigger.to', message: expect.stringContaining('Not a NASLD state') }]);
    const stage = await errorsOf(def({ trigger: { type: 'model_changed', model: 'lifecycle', to: 'unicorn' }, start: 'a', steps: [{ id: 'a', type: 'exit' }] }));
    expect(stage[0]!.path).toBe('definition.trigger.to');
  });

  it('names problems inside branch and wait-for conditions under their step', async () => {
    const errors = await errorsOf(
      def({
        start: 'a',
        steps: [
          { id: 'a', type: 'branch', condition: { kind: 'condition', definition: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'nope', op: 'eq', value: 'x' }] } }, yes: 'b', no: null },
          { id: 'b', type: 'wait_for', until: { kind: 'condition', definition: { type: 'group', combinator: 'and', children: [{ type: 'segment', segmentId: missing, member: true }] } }, timeoutMinutes: 60, onEvent: null, onTimeout: null },
        ],
      }),
    );
    expect(errors.map((e) => e.path)).toEqual([expect.stringMatching(/^definition\.steps\.0\.condition\.definition\.children\.0/), expect.stringMatching(/^definition\.steps\.1\.until\.definition/)]);
  });

  it('refuses a definition the schema refuses, with its path', async () => {
    const res = await call(h, s.ws.headers, 'POST', '/api/v1/journeys', { name: 'x', definition: def({ start: 'a b', steps: [{ id: 'a', type: 'exit' }] }) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('definition.start');
  });
});

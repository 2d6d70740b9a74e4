import type { MessageTemplate } from '@rapport/contracts';
import { describe, expect, it } from 'vitest';
import { cleanDraft, patchOf, same, setAt, valueAt } from './draft';

const saved: MessageTemplate = {
  id: 't1',
  name: 'Welcome',
  channel: 'email',
  version: 1,
  // As jsonb gives it back: keys in its own order, no empty optional parts.
  content: { mjml: '<mjml></mjml>', subject: 'Hi', channel: 'email' },
  localized: {},
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
};

describe('template drafts', () => {
  it('reads and writes values at error paths, copying only along the path', () => {
    const draft = { name: 'x', content: { channel: 'line', messages: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }, localized: {} };
    expect(valueAt(draft, 'content.messages.1.text')).toBe('b');
    expect(valueAt(draft, 'content.messages.7.text')).toBeUndefined();
    const next = setAt(draft, 'content.messages.1.text', 'c');
    expect(valueAt(next, 'content.messages.1.text')).toBe('c');
    expect(Array.isArray(next.content.messages)).toBe(true);
    expect(next.content.messages[0]).toBe(draft.content.messages[0]);
    expect(draft.content.messages[1]!.text).toBe('b');
  });

  it('compares content whatever the order of its keys', () => {
    expect(same({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('sends a rename alone, and new content with its variants', () => {
    const draft = { name: ' Welcome ', content: { channel: 'email' as const, subject: 'Hi', preheader: '', mjml: '<mjml></mjml>', text: ' ' }, localized: {} };
    expect(cleanDraft(draft).content).toEqual({ channel: 'email', subject: 'Hi', mjml: '<mjml></mjml>' });
    expect(patchOf(saved, draft)).toEqual({});
    expect(patchOf(saved, { ...draft, name: 'Hello' })).toEqual({ name: 'Hello' });
    const changed = patchOf(saved, { ...draft, content: { ...draft.content, subject: 'Hey' } });
    expect(changed).toEqual({ content: { channel: 'email', subject: 'Hey', mjml: '<mjml></mjml>' }, localized: {} });
  });
});

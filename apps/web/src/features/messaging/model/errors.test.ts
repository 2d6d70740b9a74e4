import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import type { Draft } from './draft';
import { problemErrors, unplacedErrors, variantsWithErrors } from './errors';

const problem = (errors: { path: string; message: string }[], detail = 'The template is not valid') =>
  new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail, errors } as never, detail);

const draft: Draft = {
  name: 'Welcome',
  content: { channel: 'line', messages: [{ type: 'text', text: 'Hi' }] },
  localized: { ja: { channel: 'line', messages: [{ type: 'text', text: 'こんにちは' }] } },
};

describe('template errors', () => {
  it('keeps the paths of a save, and moves those of a preview under the variant it showed', () => {
    const save = problemErrors(problem([{ path: 'localized.ja.messages.0.text', message: 'Unknown contact field x' }]));
    expect([...save]).toEqual([['localized.ja.messages.0.text', 'Unknown contact field x']]);
    // Checks answer "content.…", render errors the bare path; both belong to the variant sent.
    const preview = problemErrors(
      problem([
        { path: 'content.messages.0.text', message: 'tag not closed' },
        { path: 'messages.0', message: 'Too small' },
        { path: 'contactId', message: 'Contact not found' },
      ]),
      'ja',
    );
    expect([...preview.keys()]).toEqual(['localized.ja.messages.0.text', 'localized.ja.messages.0', 'contactId']);
    expect(variantsWithErrors(preview)).toEqual(new Set(['ja']));
  });

  it('joins messages about one field and lists those without a field on screen', () => {
    const errors = problemErrors(
      problem([
        { path: 'content.messages.0.text', message: 'a' },
        { path: 'content.messages.0.text', message: 'b' },
        { path: 'localized.zh-TW.channel', message: 'Every variant goes out on line' },
      ]),
    );
    expect(errors.get('content.messages.0.text')).toBe('a; b');
    expect(unplacedErrors(errors, draft)).toEqual(['localized.zh-TW.channel: Every variant goes out on line']);
    expect(unplacedErrors(problemErrors(problem([], 'Template not found')), draft)).toEqual(['Template not found']);
  });
});

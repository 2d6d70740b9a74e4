import type { MessageChannel, MessageContent, MessageTemplate, MessageTemplatePatch } from '@rapport/contracts';

export const channels = ['email', 'sms', 'line', 'webhook'] as const satisfies readonly MessageChannel[];

export const isChannel = (v: unknown): v is MessageChannel => typeof v === 'string' && (channels as readonly string[]).includes(v);

/** What the editor holds: the template as it would be saved. */
export interface Draft {
  name: string;
  content: MessageContent;
  localized: Record<string, MessageContent>;
}

/** The editor's tab for the content everyone without a variant gets. */
export const defaultVariant = '';

/** Where a variant lives in the draft, and so in the server's error paths. */
export const variantPrefix = (locale: string) => (locale === defaultVariant ? 'content' : `localized.${locale}`);

export const variantOf = (draft: Draft, locale: string): MessageContent => (locale === defaultVariant ? draft.content : (draft.localized[locale] ?? draft.content));

export const draftOf = (t: MessageTemplate): Draft => ({ name: t.name, content: t.content, localized: t.localized });

/** The value at a dotted path ("localized.ja.messages.0.text"); undefined when there is none. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; arrays stay arrays, everything off the path is shared. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return root;
  const node = root as unknown as Record<string, unknown> | unknown[];
  const child = rest.length ? setAt((node as Record<string, unknown>)[key], rest.join('.'), value) : value;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(key)] = child;
    return copy as unknown as T;
  }
  return { ...node, [key]: child } as T;
}

/** Deep equality that ignores key order: the server stores content as jsonb, which reorders keys. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export const sameValueAt = (a: unknown, b: unknown, path: string) => same(valueAt(a, path), valueAt(b, path));

/** What changed since the saved template: a rename alone keeps the version, new content makes the next. */
export function patchOf(saved: MessageTemplate, edited: Draft): MessageTemplatePatch {
  const draft = cleanDraft(edited);
  const patch: MessageTemplatePatch = {};
  if (draft.name !== saved.name) patch.name = draft.name;
  if (!same(draft.content, saved.content) || !same(draft.localized, saved.localized)) {
    patch.content = draft.content;
    patch.localized = draft.localized;
  }
  return patch;
}

export interface StarterText {
  subject: string;
  greeting: string;
  body: string;
}

/** New content of a channel, with a first line to edit rather than an empty form. */
export function starterContent(channel: MessageChannel, text: StarterText): MessageContent {
  switch (channel) {
    case 'email':
      return {
        channel,
        subject: text.subject,
        preheader: '',
        mjml: [
          '<mjml>',
          '  <mj-body>',
          '    <mj-section>',
          '      <mj-column>',
          `        <mj-text>${text.greeting}</mj-text>`,
          `        <mj-text>${text.body}</mj-text>`,
          '      </mj-column>',
          '    </mj-section>',
          '  </mj-body>',
          '</mjml>',
        ].join('\n'),
      };
    case 'sms':
      return { channel, text: `${text.greeting} ${text.body}` };
    case 'line':
      return { channel, messages: [{ type: 'text', text: `${text.greeting}\n${text.body}` }] };
    case 'webhook':
      return { channel, url: 'https://', body: '{\n  "contact": "{{ contact.email }}",\n  "name": "{{ contact.firstName }}"\n}' };
  }
}

/**
 * Optional email parts left empty are not sent: the server would keep an empty preheader, and an
 * empty text part would replace the one it makes from the HTML.
 */
export function cleanContent(c: MessageContent): MessageContent {
  if (c.channel !== 'email') return c;
  const { preheader, text, ...rest } = c;
  return { ...rest, ...(preheader?.trim() ? { preheader } : {}), ...(text?.trim() ? { text } : {}) };
}

export const cleanDraft = (d: Draft): Draft => ({
  name: d.name.trim(),
  content: cleanContent(d.content),
  localized: Object.fromEntries(Object.entries(d.localized).map(([k, v]) => [k, cleanContent(v)])),
});

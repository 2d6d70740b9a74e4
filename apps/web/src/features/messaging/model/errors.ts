import type { MessageContent } from '@rapport/contracts';
import { isApiError } from '../../../lib/api';
import { variantPrefix, type Draft } from './draft';

/** Complaints about a draft, by the dotted path of the field they concern ("content.mjml", "localized.ja.subject"). */
export type PathErrors = Map<string, string>;

/** Paths of a preview request that are not about the content. */
const requestFields = new Set(['contactId', 'eventProperties', 'version']);

function add(errors: PathErrors, path: string, message: string) {
  const before = errors.get(path);
  errors.set(path, before ? `${before}; ${message}` : message);
}

/**
 * The field errors of a refused save or preview, as draft paths. A preview sends one variant as
 * `content`, so its paths are moved under that variant; its render errors come without the
 * `content.` prefix its checks have, and are moved the same way. A refusal without paths keeps its
 * detail under "".
 */
export function problemErrors(error: unknown, previewOf?: string): PathErrors {
  const out: PathErrors = new Map();
  if (!isApiError(error)) return out;
  const errors = error.problem?.errors ?? [];
  for (const e of errors) {
    let path = e.path;
    if (previewOf !== undefined && path && !requestFields.has(path.split('.')[0]!)) {
      const rel = path === 'content' ? '' : path.startsWith('content.') ? path.slice('content.'.length) : path;
      path = rel ? `${variantPrefix(previewOf)}.${rel}` : variantPrefix(previewOf);
    }
    add(out, path, e.message);
  }
  if (!errors.length) add(out, '', error.problem?.detail ?? error.message);
  return out;
}

/** The relative paths (within one variant) at which the editor of this content shows a message. */
export function contentFieldPaths(content: MessageContent): string[] {
  switch (content.channel) {
    case 'email':
      return ['subject', 'preheader', 'mjml', 'text'];
    case 'sms':
      return ['text'];
    case 'line':
      return content.messages.flatMap((m, i) => [`messages.${i}`, ...Object.keys(m).map((k) => `messages.${i}.${k}`)]);
    case 'webhook':
      return ['url', 'body'];
  }
}

/** Every path of a draft that has a place on screen. */
export function fieldPaths(draft: Draft): Set<string> {
  const out = new Set(['name']);
  const variants: [string, MessageContent][] = [['', draft.content], ...Object.entries(draft.localized)];
  for (const [locale, content] of variants) for (const p of contentFieldPaths(content)) out.add(`${variantPrefix(locale)}.${p}`);
  return out;
}

/** Messages without a field on screen, as "path: message" (or the message alone). */
export function unplacedErrors(errors: PathErrors, draft: Draft): string[] {
  const placed = fieldPaths(draft);
  return [...errors].filter(([path]) => !placed.has(path)).map(([path, message]) => (path ? `${path}: ${message}` : message));
}

/** The locales (the default variant is "") with a message in them. */
export function variantsWithErrors(errors: PathErrors): Set<string> {
  const out = new Set<string>();
  for (const path of errors.keys()) {
    if (path.startsWith('content')) out.add('');
    const m = /^localized\.([^.]+)/.exec(path);
    if (m) out.add(m[1]!);
  }
  return out;
}

import { Liquid, type Template } from 'liquidjs';
import mjml2html from 'mjml';
import { convert as htmlToText } from 'html-to-text';
import { lineMessageSchema, templateVariables, type MessageContent, type RenderedMessage } from '@rapport/contracts';
import { AppError } from '../../platform/errors.js';
import { FilterErrors } from '../../platform/filters.js';
import { escapeHtml } from '../../platform/html.js';

/**
 * Liquid over a contact's data. Unknown filters fail when a template is parsed, and a template
 * reads only own properties of what it is given. The limits keep a hostile template (a loop of a
 * million, a string doubled fifty times) from holding a worker.
 */
const limits = { strictFilters: true, ownPropertyOnly: true, parseLimit: 1e6, renderLimit: 2_000, memoryLimit: 5e7 } as const;
/** For HTML: every output is escaped, so a contact's name cannot open a tag. */
const htmlLiquid = new Liquid({ ...limits, outputEscape: 'escape' });
/** For subjects, SMS, LINE text and JSON, where the channel, not HTML, interprets the text. */
const textLiquid = new Liquid(limits);
/** For JSON documents: outputs are JSON string contents, so a quote in a name cannot end the string. */
const jsonLiquid = new Liquid({ ...limits, outputEscape: (v: unknown) => JSON.stringify(String(v ?? '')).slice(1, -1) });

export interface TemplateContext {
  contact: Record<string, unknown>;
  event?: Record<string, unknown> | undefined;
  coupon?: Record<string, unknown> | undefined;
  workspace: { name: string };
  unsubscribe_url?: string | undefined;
  preferences_url?: string | undefined;
  confirm_url?: string | undefined;
}

/** What the check renders templates with: every root present, so a missing value renders empty. */
const sampleContext: TemplateContext = {
  contact: { firstName: 'Mei', lastName: 'Lin', custom: {}, traits: {} },
  event: {},
  coupon: { code: 'SAMPLE-CODE', value: 100, expiresAt: '2030-01-01' },
  workspace: { name: 'Sample shop' },
  unsubscribe_url: 'https://example.com/u',
  preferences_url: 'https://example.com/p',
  confirm_url: 'https://example.com/c',
};

const roots = new Set(Object.keys(templateVariables));

/** The Liquid texts of a message, each with its path in the content and the engine that renders it. */
function texts(content: MessageContent): { path: string; text: string; engine: Liquid }[] {
  switch (content.channel) {
    case 'email':
      return [
        { path: 'subject', text: content.subject, engine: textLiquid },
        ...(content.preheader ? [{ path: 'preheader', text: content.preheader, engine: textLiquid }] : []),
        { path: 'mjml', text: content.mjml, engine: htmlLiquid },
        ...(content.text ? [{ path: 'text', text: content.text, engine: textLiquid }] : []),
      ];
    case 'sms':
      return [{ path: 'text', text: content.text, engine: textLiquid }];
    case 'line':
      return content.messages.flatMap((m, i) =>
        m.type === 'text'
          ? [{ path: `messages.${i}.text`, text: m.text, engine: textLiquid }]
          : m.type === 'flex'
            ? [
                { path: `messages.${i}.altText`, text: m.altText, engine: textLiquid },
                { path: `messages.${i}.contents`, text: m.contents, engine: jsonLiquid },
              ]
            : [],
      );
    case 'webhook':
      return [{ path: 'body', text: content.body, engine: jsonLiquid }];
  }
}

/**
 * Checks a template as it is saved: Liquid that parses, with known filters and variables only,
 * MJML that validates, and JSON (LINE flex, webhook bodies) that parses once rendered. Throws a
 * validation error listing every problem with its path ("mjml", "messages.1.contents").
 */
export async function checkContent(content: MessageContent, contactFields: ReadonlySet<string>): Promise<void> {
  const errors = new FilterErrors();
  const parsed = new Map<string, Template[]>();
  for (const t of texts(content)) {
    let tpl: Template[];
    try {
      tpl = t.engine.parse(t.text);
    } catch (e) {
      errors.add(t.path, liquidMessage(e));
      continue;
    }
    parsed.set(t.path, tpl);
    for (const segments of t.engine.globalVariableSegmentsSync(tpl)) {
      const [root, field] = segments.map(String);
      if (!root || !roots.has(root)) errors.add(t.path, `Unknown variable ${segments.join('.')}: use ${[...roots].join(', ')}`);
      else if (root === 'contact' && field && field !== 'custom' && field !== 'traits' && !contactFields.has(field)) {
        errors.add(t.path, `Unknown contact field ${field}`);
      }
    }
  }
  if (!errors.list.length) {
    try {
      await render(content, sampleContext, parsed, 'check');
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const err of (e.details as { errors: { path: string; message: string }[] }).errors) errors.add(err.path, err.message);
    }
  }
  if (errors.list.length) throw new AppError('validation_failed', 'The template is not valid', { errors: errors.list });
}

/** Renders a message for one contact. Errors (a render limit reached) name the field at fault. */
export function renderContent(content: MessageContent, context: TemplateContext): Promise<RenderedMessage> {
  return render(content, context, new Map(), 'send');
}

/** Liquid's tags and outputs, in order. */
const liquidTokens = (text: string) => (text.match(/{{[\s\S]*?}}|{%[\s\S]*?%}/g) ?? []).map((t) => t.replace(/\s+/g, ' '));
const sameTokens = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** A template made ready for many sends: parsed once, and for email its MJML converted once. */
interface Compiled {
  parsed: Map<string, Template[]>;
  /** The HTML with the Liquid still in it, when MJML kept every tag in place; else MJML runs per send. */
  html: Template[] | null;
  /** The plain-text part made the same way, when html-to-text kept the tags too. */
  text: Template[] | null;
}

const compiled = new Map<string, Promise<Compiled>>();

/**
 * MJML takes milliseconds per message, Liquid microseconds. So for a campaign the MJML is
 * converted once with its Liquid left in, and only Liquid runs per contact, but only when the
 * conversion kept every Liquid tag, in order (a tag between sections, say, MJML would drop or move).
 */
function compile(content: MessageContent): Promise<Compiled> {
  const key = JSON.stringify(content);
  const hit = compiled.get(key);
  if (hit) return hit;
  const made = compileNow(content);
  // A few hundred templates at most are live at once; the oldest makes way.
  if (compiled.size >= 200) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, made);
  // A template that fails to compile is not kept: the next send tries again, and reports its error.
  made.catch(() => compiled.delete(key));
  return made;
}

async function compileNow(content: MessageContent): Promise<Compiled> {
  const parsed = new Map(texts(content).map((t) => [t.path, t.engine.parse(t.text)]));
  let html: Template[] | null = null;
  let text: Template[] | null = null;
  if (content.channel === 'email') {
    const source = liquidTokens(content.mjml);
    const out = (await mjml2html(content.mjml, { validationLevel: 'skip', keepComments: false })).html;
    if (sameTokens(liquidTokens(out), source)) {
      html = htmlLiquid.parse(out);
      if (!content.text) {
        const plain = htmlToText(out, textOptions);
        if (sameTokens(liquidTokens(plain), source)) text = textLiquid.parse(plain);
      }
    }
  }
  return { parsed, html, text };
}

/** As renderContent, for sends: parsing and MJML are done once per template version. */
export async function renderForSend(content: MessageContent, context: TemplateContext): Promise<RenderedMessage> {
  let c: Compiled;
  try {
    c = await compile(content);
  } catch {
    return renderContent(content, context);
  }
  if (content.channel !== 'email' || !c.html) return render(content, context, c.parsed, 'send');
  const errors = new FilterErrors();
  const run = async (path: string, engine: Liquid, tpl: Template[] | undefined) => {
    try {
      return tpl ? String(await engine.render(tpl, context)) : '';
    } catch (e) {
      errors.add(path, liquidMessage(e));
      return '';
    }
  };
  const subject = await run('subject', textLiquid, c.parsed.get('subject'));
  const preheader = content.preheader ? oneLine(await run('preheader', textLiquid, c.parsed.get('preheader'))) : null;
  const html = await run('mjml', htmlLiquid, c.html);
  const text = content.text ? await run('text', textLiquid, c.parsed.get('text')) : c.text ? await run('text', textLiquid, c.text) : htmlToText(html, textOptions);
  if (errors.list.length) throw new AppError('validation_failed', 'The template does not render', { errors: errors.list });
  return { channel: 'email', subject: oneLine(subject), preheader, html: withPreheader(html, preheader), text };
}

/** `check`: with sample data, where MJML's warnings are errors; `send`: for a contact, where what LINE refuses is. */
async function render(content: MessageContent, context: TemplateContext, parsed: Map<string, Template[]>, mode: 'check' | 'send'): Promise<RenderedMessage> {
  const out = new Map<string, string>();
  const errors = new FilterErrors();
  for (const t of texts(content)) {
    try {
      out.set(t.path, await t.engine.render(parsed.get(t.path) ?? t.engine.parse(t.text), context));
    } catch (e) {
      errors.add(t.path, liquidMessage(e));
    }
  }
  const fail = () => new AppError('validation_failed', 'The template does not render', { errors: errors.list });
  if (errors.list.length) throw fail();
  const get = (path: string) => out.get(path) ?? '';
  switch (content.channel) {
    case 'email': {
      const result = await mjml2html(get('mjml'), { validationLevel: mode === 'check' ? 'soft' : 'skip', keepComments: false });
      // Soft validation renders anyway and lists what is wrong; at save time each problem is an error.
      if (mode === 'check') for (const err of result.errors) errors.add('mjml', `Line ${err.line}: ${err.message}`);
      if (errors.list.length) throw fail();
      const text = content.text ? get('text') : htmlToText(result.html, textOptions);
      const preheader = content.preheader ? oneLine(get('preheader')) : null;
      return { channel: 'email', subject: oneLine(get('subject')), preheader, html: withPreheader(result.html, preheader), text };
    }
    case 'sms':
      return { channel: 'sms', text: get('text') };
    case 'line': {
      const messages = content.messages.map((m, i) => {
        if (m.type === 'text') return { type: 'text', text: get(`messages.${i}.text`) };
        if (m.type === 'image') return { ...m };
        const contents = parseJson(get(`messages.${i}.contents`), `messages.${i}.contents`, errors);
        return { type: 'flex', altText: oneLine(get(`messages.${i}.altText`)), contents };
      });
      // What the contact's data made of it must still be what LINE accepts (an empty text is not).
      // Not at save: sample data leaves fields empty that real contacts fill.
      if (mode === 'send') messages.forEach((m, i) => {
        const check = lineMessageSchema.safeParse(m.type === 'flex' ? { ...m, contents: JSON.stringify(m.contents) } : m);
        if (!check.success) errors.add(`messages.${i}`, check.error.issues.map((x) => x.message).join('; '));
      });
      if (errors.list.length) throw fail();
      return { channel: 'line', messages };
    }
    case 'webhook': {
      const body = parseJson(get('body'), 'body', errors);
      if (errors.list.length) throw fail();
      return { channel: 'webhook', url: content.url, body };
    }
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOptions = { wordwrap: 78, selectors: [{ selector: 'img', format: 'skip' }] };

/** The preheader as inboxes expect it: the first text of the body, hidden from the reader. */
function withPreheader(html: string, preheader: string | null): string {
  if (!preheader) return html;
  const hidden = `<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">${escapeHtml(preheader)}</div>`;
  return html.replace(/<body[^>]*>/i, (body) => body + hidden);
}

function parseJson(text: string, path: string, errors: FilterErrors): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.add(path, `Not JSON once rendered: ${(e as Error).message}`);
    return null;
  }
}

/** liquidjs messages end with the template's source; the line and column are what a user needs. */
function liquidMessage(e: unknown): string {
  const err = e as { message?: string; token?: { getPosition?: () => [number, number] } };
  const position = err.token?.getPosition?.();
  const message = (err.message ?? String(e)).split(/\n/)[0]!.replace(/, line:\d+, col:\d+$/, '');
  return position ? `Line ${position[0]}, column ${position[1]}: ${message}` : message;
}

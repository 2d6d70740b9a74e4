import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Database } from '../../platform/db.js';
import type { LinkSigners } from './messaging.links.js';
import { confirmOptIn, findConfirmation } from './messaging.optin.js';
import { confirmPage, invalidLinkPage, pageLanguage, preferencesPage, unsubscribePage } from './messaging.pages.js';
import { findPreferences, recordClick, recordOpen, recordShortClick, savePreferences, unsubscribe } from './messaging.tracking.js';

export interface PublicMessagingRoutesOptions {
  database: Database;
  links: LinkSigners;
}

/** A transparent 1×1 GIF. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * The links inside messages: open pixel, click redirect, unsubscribe and preference page. They
 * are public (a recipient has no login); signatures in the links are the authorisation. Nothing
 * changes on GET except engagement: mail scanners fetch links, and RFC 8058 forbids
 * unsubscribing on GET.
 */
export const publicMessagingRoutes: FastifyPluginAsync<PublicMessagingRoutesOptions> = async (app, { database, links }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  const html = (reply: FastifyReply, status: number, page: string) =>
    reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').send(page);

  app.get<{ Params: { token: string } }>('/t/o/:token', { schema: { hide: true } }, async (req, reply) => {
    // Recording must not keep an image from loading, nor tell a prober anything.
    await recordOpen(database, links, req.params.token.replace(/\.gif$/, '')).catch((err) => req.log.warn({ err }, 'open not recorded'));
    return reply.header('content-type', 'image/gif').header('cache-control', 'no-store, private').send(pixel);
  });

  app.get<{ Params: { sendId: string; sig: string }; Querystring: { u?: string } }>('/t/c/:sendId/:sig', { schema: { hide: true } }, async (req, reply) => {
    const destination = typeof req.query.u === 'string' ? req.query.u : '';
    const to = await recordClick(database, links, req.params.sendId, req.params.sig, destination);
    if (!to) return html(reply, 400, invalidLinkPage(pageLanguage(null, req.headers['accept-language'])));
    return reply.header('cache-control', 'no-store').redirect(to, 302);
  });

  app.get<{ Params: { token: string } }>('/l/:token', { schema: { hide: true } }, async (req, reply) => {
    const to = await recordShortClick(database, links, req.params.token);
    if (!to) return html(reply, 404, invalidLinkPage(pageLanguage(null, req.headers['accept-language'])));
    return reply.header('cache-control', 'no-store').redirect(to, 302);
  });

  app.get<{ Params: { token: string } }>('/u/:token', { schema: { hide: true } }, async (req, reply) => {
    const prefs = await findPreferences(database, links, req.params.token);
    const lang = pageLanguage(prefs?.locale ?? null, req.headers['accept-language']);
    if (!prefs) return html(reply, 404, invalidLinkPage(lang));
    return html(reply, 200, unsubscribePage(lang, req.params.token, false));
  });

  // RFC 8058: the mailbox provider POSTs "List-Unsubscribe=One-Click"; the confirmation form posts here too.
  app.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>('/u/:token', { schema: { hide: true } }, async (req, reply) => {
    const oneClick = req.body?.['List-Unsubscribe'] === 'One-Click';
    const prefs = await unsubscribe(database, links, req.params.token, { ip: req.ip, via: oneClick ? 'one_click' : 'link' });
    const lang = pageLanguage(prefs?.locale ?? null, req.headers['accept-language']);
    if (!prefs) return html(reply, 404, invalidLinkPage(lang));
    return html(reply, 200, unsubscribePage(lang, req.params.token, true));
  });

  app.get<{ Params: { token: string } }>('/confirm/:token', { schema: { hide: true } }, async (req, reply) => {
    const found = await findConfirmation(database, links, req.params.token);
    const lang = pageLanguage(found?.locale ?? null, req.headers['accept-language']);
    return found ? html(reply, 200, confirmPage(lang, req.params.token, false)) : html(reply, 404, invalidLinkPage(lang));
  });

  app.post<{ Params: { token: string } }>('/confirm/:token', { schema: { hide: true } }, async (req, reply) => {
    const done = await confirmOptIn(database, links, req.params.token, req.ip);
    const lang = pageLanguage(done?.locale ?? null, req.headers['accept-language']);
    return done ? html(reply, 200, confirmPage(lang, req.params.token, true)) : html(reply, 404, invalidLinkPage(lang));
  });

  app.get<{ Params: { token: string } }>('/preferences/:token', { schema: { hide: true } }, async (req, reply) => {
    const prefs = await findPreferences(database, links, req.params.token);
    const lang = pageLanguage(prefs?.locale ?? null, req.headers['accept-language']);
    if (!prefs) return html(reply, 404, invalidLinkPage(lang));
    return html(reply, 200, preferencesPage(lang, req.params.token, prefs.channels, false));
  });

  app.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>('/preferences/:token', { schema: { hide: true } }, async (req, reply) => {
    const body = req.body ?? {};
    // An unticked checkbox is absent from the form: every channel shown is set, on or off.
    const wanted = { email: body.email === 'on', sms: body.sms === 'on', line: body.line === 'on' };
    const prefs = await savePreferences(database, links, req.params.token, wanted, { ip: req.ip, via: 'preference_page' });
    const lang = pageLanguage(prefs?.locale ?? null, req.headers['accept-language']);
    if (!prefs) return html(reply, 404, invalidLinkPage(lang));
    return html(reply, 200, preferencesPage(lang, req.params.token, prefs.channels, true));
  });
};

import { createSigner, type Signer } from '../../platform/secrets.js';

/** The signers of public links: each purpose its own key, so one link kind cannot pass for another. */
export interface LinkSigners {
  baseUrl: string;
  click: Signer;
  open: Signer;
  unsubscribe: Signer;
  confirm: Signer;
}

export function createLinkSigners(baseUrl: string, secret: string): LinkSigners {
  return { baseUrl, click: createSigner(secret, 'click'), open: createSigner(secret, 'open'), unsubscribe: createSigner(secret, 'unsubscribe'), confirm: createSigner(secret, 'confirm') };
}

/** "<send id>.<signature>": names the send, and proves the link was made here. */
export const sendToken = (signer: Signer, sendId: string) => `${sendId}.${signer.sign(sendId)}`;

/** The send a token names, or null for a forged or damaged one. */
export function readSendToken(signer: Signer, token: string): string | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{16,32})$/.exec(token);
  return m && signer.verify(m[1]!, m[2]!) ? m[1]! : null;
}

export interface SendLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** Confirms a double opt-in; signed apart, so an unsubscribe link cannot confirm. */
  confirmUrl: string;
}

export function linksFor(s: LinkSigners, sendId: string): SendLinks {
  const token = sendToken(s.unsubscribe, sendId);
  return { unsubscribeUrl: `${s.baseUrl}/u/${token}`, preferencesUrl: `${s.baseUrl}/preferences/${token}`, confirmUrl: `${s.baseUrl}/confirm/${sendToken(s.confirm, sendId)}` };
}

/** RFC 8058 one-click unsubscribe: mailbox providers POST to the URL; no login, no confirmation. */
export function listUnsubscribeHeaders(links: SendLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export interface Utm {
  source: string;
  medium: string;
  campaign: string;
  content?: string | null | undefined;
}

/** Adds UTM parameters the link does not already carry: the shop's own tagging wins. */
export function withUtm(url: string, utm: Utm): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const set = (k: string, v: string | null | undefined) => {
    if (v && !u.searchParams.has(k)) u.searchParams.set(k, v);
  };
  set('utm_source', utm.source);
  set('utm_medium', utm.medium);
  set('utm_campaign', utm.campaign);
  set('utm_content', utm.content);
  return u.toString();
}

/** A signed redirect: the signature covers the send and the destination, so it is no open redirect. */
export function clickUrl(s: LinkSigners, sendId: string, destination: string): string {
  return `${s.baseUrl}/t/c/${sendId}/${s.click.sign(`${sendId}|${destination}`)}?u=${encodeURIComponent(destination)}`;
}

export function verifyClick(s: LinkSigners, sendId: string, signature: string, destination: string): boolean {
  return s.click.verify(`${sendId}|${destination}`, signature);
}

export const openPixelUrl = (s: LinkSigners, sendId: string) => `${s.baseUrl}/t/o/${sendToken(s.open, sendId)}.gif`;

/**
 * Tracks an email: every http(s) link goes through the click redirect with UTM added, except
 * Rapport's own unsubscribe and preference links; a 1×1 pixel at the end records opens.
 */
export function trackHtml(html: string, s: LinkSigners, sendId: string, utm: Utm): string {
  const own = `${s.baseUrl}/`;
  const linked = html.replace(/(<a\b[^>]*?\bhref\s*=\s*)(["'])(https?:\/\/[^"']+)\2/gi, (whole, pre: string, q: string, href: string) => {
    const url = decodeEntities(href);
    if (url.startsWith(own)) return whole;
    return `${pre}${q}${escapeAttr(clickUrl(s, sendId, withUtm(url, utm)))}${q}`;
  });
  const pixel = `<img src="${escapeAttr(openPixelUrl(s, sendId))}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />`;
  return /<\/body>/i.test(linked) ? linked.replace(/<\/body>/i, `${pixel}</body>`) : linked + pixel;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

import { timingSafeEqual } from 'node:crypto';
import { createSigner, type Signer } from '../../platform/secrets.js';

/** The signers of public links: each purpose its own key, so one link kind cannot pass for another. */
export interface LinkSigners {
  baseUrl: string;
  click: Signer;
  open: Signer;
  unsubscribe: Signer;
  confirm: Signer;
  /** Short links in texts (SMS, LINE), which name a link the send keeps instead of carrying it. */
  short: Signer;
}

export function createLinkSigners(baseUrl: string, secret: string): LinkSigners {
  return { baseUrl, click: createSigner(secret, 'click'), open: createSigner(secret, 'open'), unsubscribe: createSigner(secret, 'unsubscribe'), confirm: createSigner(secret, 'confirm'), short: createSigner(secret, 'short-link') };
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

/**
 * Short tracked links for texts, where every character counts (an SMS segment holds 70 of
 * Chinese): `/l/<send id, 22 chars><link number><64-bit signature>`. The destination is kept
 * with the send (`data.links`), so the link need not carry it.
 */
const shortSig = (s: LinkSigners, sendId: string, index: number) => s.short.sign(`${sendId}#${index}`).slice(0, 11);
const linkDigits = '0123456789abcdefghijklmnopqrstuvwxyz';
export const maxTextLinks = linkDigits.length;

export function shortClickUrl(s: LinkSigners, sendId: string, index: number): string {
  const id = Buffer.from(sendId.replace(/-/g, ''), 'hex').toString('base64url');
  return `${s.baseUrl}/l/${id}${linkDigits[index]}${shortSig(s, sendId, index)}`;
}

/** The send and link number a short link names, or null for a forged or damaged one. */
export function readShortClick(s: LinkSigners, token: string): { sendId: string; index: number } | null {
  const m = /^([A-Za-z0-9_-]{22})([0-9a-z])([A-Za-z0-9_-]{11})$/.exec(token);
  if (!m) return null;
  const hex = Buffer.from(m[1]!, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const sendId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const index = linkDigits.indexOf(m[2]!);
  const expected = Buffer.from(shortSig(s, sendId, index));
  const given = Buffer.from(m[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { sendId, index } : null;
}

/**
 * Tracks the links of a text (an SMS, a LINE message's text or action): each http(s) URL but
 * Rapport's own becomes a short link, with UTM added to the destination kept in `links`.
 */
export function trackText(text: string, s: LinkSigners, sendId: string, utm: Utm, links: string[]): string {
  return text.replace(/https?:\/\/[^\s<>"'）」】、。，]+/g, (found) => {
    // Sentence punctuation after a link is not part of it: "See https://x.tw/sale."
    const url = found.replace(/[.,;:!?)\]]+$/, '');
    const after = found.slice(url.length);
    if (url.startsWith(`${s.baseUrl}/`)) return found;
    const destination = withUtm(url, utm);
    let i = links.indexOf(destination);
    if (i < 0) {
      if (links.length >= maxTextLinks) return found;
      i = links.push(destination) - 1;
    }
    return shortClickUrl(s, sendId, i) + after;
  });
}

/** LINE messages with their text and action links tracked; images and videos are left alone. */
export function trackLineMessages(messages: Record<string, unknown>[], s: LinkSigners, sendId: string, utm: Utm, links: string[]): Record<string, unknown>[] {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key === 'text' || key === 'uri' || key === 'linkUri' ? trackText(v, s, sendId, utm, links) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return messages.map((m) => walk(m, null) as Record<string, unknown>);
}

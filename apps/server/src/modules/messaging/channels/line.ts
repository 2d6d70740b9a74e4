/*
 * LINE Messaging API: push and multicast.
 *
 * Sources: LINE Developers, "Retrying a failed API request" (X-Line-Retry-Key: a hexadecimal UUID
 * chosen by the caller, sent on the first attempt; valid for 24 hours; a retry of a request that
 * was already accepted gets 409 Conflict with `x-line-accepted-request-id` naming the accepted
 * request; retry on 5xx and timeouts, not on 409 or other 4xx) and the "Messaging API reference"
 * (push `POST /v2/bot/message/push {to, messages}`, multicast `POST /v2/bot/message/multicast`
 * to at most 500 user ids, every response carries `x-line-request-id`, errors are JSON
 * `{message, details?: [{message, property}]}`), and "Handle HTTP status code 429 errors" (429
 * means a rate limit or the month's message allowance was reached, and nothing was sent).
 */
import type { ChannelProvider, DeliveryResult, Rendered } from './channel.js';
import { errorText, httpFailure, parseJson, post, readText, refused } from './http.js';

/** How to reach a LINE Messaging API channel. */
export interface LineConfig {
  /** The channel access token (long-lived or issued). */
  channelAccessToken: string;
  /** `https://api.line.me` unless pointed elsewhere (a test server, a proxy). */
  baseUrl?: string;
  /** Deadline for the whole exchange; 10 s by default. */
  timeoutMs?: number;
}

/** LINE message objects, as rendered (already checked against LINE's shapes). */
export type LineMessages = Rendered<'line'>['messages'];

/** The LINE channel, plus multicast for sending one message to many users in one request. */
export interface LineProvider extends ChannelProvider<'line'> {
  /** {@link multicast} with this provider's configuration. */
  multicast(to: readonly string[], messages: LineMessages, idempotencyKey: string): Promise<DeliveryResult>;
}

/** LINE's API host for everything but content uploads and downloads. */
export const LINE_DEFAULT_BASE_URL = 'https://api.line.me';

/** LINE's limit of user ids in one multicast. */
export const LINE_MULTICAST_LIMIT = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pushes to one user, group or room per delivery. The idempotency key is the retry key. */
export function createLineProvider(config: LineConfig): LineProvider {
  return {
    channel: 'line',
    async send({ idempotencyKey, to, message }) {
      // LINE refuses a retry key that is not a UUID; better to say so before calling.
      if (!UUID.test(idempotencyKey)) return refused(`X-Line-Retry-Key must be a UUID, got ${errorText(idempotencyKey)}`);
      if (!to) return refused('No LINE user id to push to');
      return callLine(config, '/v2/bot/message/push', { to, messages: message.messages }, idempotencyKey);
    },
    multicast: (to, messages, idempotencyKey) => multicast(config, to, messages, idempotencyKey),
  };
}

/**
 * Sends the same messages to up to {@link LINE_MULTICAST_LIMIT} users in one request; one retry
 * key covers the whole request, so a retry after a timeout sends to nobody twice. Throws for
 * more than 500 ids, none, or a key that is not a UUID: those are mistakes of the caller, which
 * should split the audience and keep one key per part.
 */
export async function multicast(config: LineConfig, to: readonly string[], messages: LineMessages, idempotencyKey: string): Promise<DeliveryResult> {
  if (to.length === 0) throw new Error('LINE multicast needs at least one user id');
  if (to.length > LINE_MULTICAST_LIMIT) {
    throw new Error(`LINE multicast takes at most ${LINE_MULTICAST_LIMIT} user ids per request, got ${to.length}; split them, one retry key per part`);
  }
  if (!UUID.test(idempotencyKey)) throw new Error('LINE multicast needs a UUID as its retry key');
  return callLine(config, '/v2/bot/message/multicast', { to, messages }, idempotencyKey);
}

async function callLine(config: LineConfig, path: string, payload: unknown, retryKey: string): Promise<DeliveryResult> {
  const base = (config.baseUrl ?? LINE_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const response = await post(`${base}${path}`, {
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${config.channelAccessToken}`,
      'x-line-retry-key': retryKey,
    },
    body: JSON.stringify(payload),
    timeoutMs: config.timeoutMs,
  });
  if (!(response instanceof Response)) return response;

  if (response.ok) {
    // The body (sentMessages) is not needed; reading it frees the connection.
    await readText(response);
    return { ok: true, providerMessageId: response.headers.get('x-line-request-id') };
  }
  const body = parseJson(await readText(response));
  const reason = lineError(body);
  if (response.status === 409) {
    // A retry of a request LINE already accepted: it went out once, under the first request's id.
    const accepted = response.headers.get('x-line-accepted-request-id');
    if (accepted || /retry key is already accepted/i.test(reason)) return { ok: true, providerMessageId: accepted };
  }
  const retryable = response.status === 429 || response.status >= 500;
  return httpFailure(response, retryable, errorText(`LINE answered ${response.status}: ${reason}`, [config.channelAccessToken]));
}

/** LINE's `message`, followed by each detail as `property: message`. */
function lineError(body: unknown): string {
  if (!body || typeof body !== 'object') return 'no explanation';
  const { message, details } = body as { message?: unknown; details?: unknown };
  const parts = typeof message === 'string' && message ? [message] : [];
  if (Array.isArray(details)) {
    for (const d of details as { message?: unknown; property?: unknown }[]) {
      const text = [d.property, d.message].filter((x): x is string => typeof x === 'string' && x !== '').join(': ');
      if (text) parts.push(text);
    }
  }
  return parts.length ? parts.join('; ') : 'no explanation';
}

import type { ChannelProvider, DeliveryResult } from './channel.js';
import { errorText, httpFailure, parseJson, post, readText } from './http.js';

/**
 * A generic JSON SMS API, for gateways that follow the common shape (or a small proxy in front of
 * one that does not): POST `{ to, text, sender?, reference }`, answer 2xx with `{ id }`.
 */
export interface GenericSmsConfig {
  /** The endpoint that takes one message. */
  url: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  /** A sender id or number, if the gateway lets the caller choose one. */
  sender?: string;
  /** Deadline for the whole exchange; 10 s by default. */
  timeoutMs?: number;
}

/**
 * Sends SMS through a generic JSON HTTP API. The idempotency key goes out as the
 * `Idempotency-Key` header and as `reference`, so a gateway that dedupes on either sends a retry once.
 * 429 and 5xx (honouring `Retry-After`), network errors and timeouts are retryable; any other
 * 4xx is not.
 */
export function createGenericSmsProvider(config: GenericSmsConfig): ChannelProvider<'sms'> {
  return {
    channel: 'sms',
    async send({ idempotencyKey, to, message }): Promise<DeliveryResult> {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
        'idempotency-key': idempotencyKey,
      };
      if (config.token) headers.authorization = `Bearer ${config.token}`;
      const body = JSON.stringify({ to, text: message.text, ...(config.sender ? { sender: config.sender } : {}), reference: idempotencyKey });

      const response = await post(config.url, { headers, body, timeoutMs: config.timeoutMs });
      if (!(response instanceof Response)) return response;
      const text = await readText(response);

      if (response.ok) return { ok: true, providerMessageId: messageId(parseJson(text)) };
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      const reason = describeError(text, response.status);
      return httpFailure(response, retryable, errorText(`SMS gateway answered ${response.status}: ${reason}`, [config.token]));
    },
  };
}

/** The gateway's id for the message: `id` or `messageId`, as text. */
function messageId(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const { id, messageId } = json as { id?: unknown; messageId?: unknown };
  const value = id ?? messageId;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** The error a gateway explains itself with: a JSON `error` or `message`, else the body's text. */
function describeError(text: string | null, status: number): string {
  const json = parseJson(text);
  if (json && typeof json === 'object') {
    const { error, message } = json as { error?: unknown; message?: unknown };
    const nested = error && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
    for (const candidate of [message, error, nested]) if (typeof candidate === 'string' && candidate) return candidate;
  }
  if (text?.trim()) return text;
  if (status >= 300 && status < 400) return 'a redirect, which is not followed; check the gateway URL';
  return 'no explanation';
}

import type { DeliveryResult } from './channel.js';

/** How long a provider call may take, connection and response body together. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Error texts copied from a provider's response are cut to this many characters. */
const ERROR_TEXT_LIMIT = 300;

/** At most this much of a response body is read: a hostile endpoint may answer with gigabytes. */
const BODY_LIMIT_BYTES = 64 * 1024;

/** The failing half of a {@link DeliveryResult}. */
export type Failure = Extract<DeliveryResult, { ok: false }>;

/**
 * POSTs with a deadline that covers the whole exchange (the signal also aborts the body read).
 * Network errors and timeouts come back as a retryable failure rather than a throw: the request
 * may never have reached the provider, and the idempotency key makes a second try safe.
 */
export async function post(url: string, init: { headers: Record<string, string>; body: string; timeoutMs?: number | undefined; dispatcher?: object | undefined }): Promise<Response | Failure> {
  const timeoutMs = init.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // A redirect is never followed: a POST turned into a GET, or sent on to another host with our
    // credentials, is worse than a clear failure.
    // The dispatcher is the undici package's, not Node's bundled copy: the type differs, the protocol does not.
    const request = { method: 'POST', headers: init.headers, body: init.body, redirect: 'manual', signal, ...(init.dispatcher ? { dispatcher: init.dispatcher } : {}) };
    return await fetch(url, request as RequestInit);
  } catch (err) {
    return networkFailure(err, timeoutMs);
  }
}

/** A failure for a request that got no HTTP answer; names the cause, never the request. */
export function networkFailure(err: unknown, timeoutMs: number): Failure {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return { ok: false, retryable: true, error: `No answer within ${timeoutMs} ms` };
  }
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  // Our own address policy refused the connection (see webhook.ts): trying again will not help.
  if (code === 'EPRIVATE') return { ok: false, retryable: false, error: cause!.message };
  return { ok: false, retryable: true, error: `Network error: ${code ?? cause?.message ?? (err instanceof Error ? err.message : 'unknown')}` };
}

/**
 * Reads at most {@link BODY_LIMIT_BYTES} of a body as text. A body cut off by the timeout gives
 * null, as does no body at all; the caller then goes by the status alone.
 */
export async function readText(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < BODY_LIMIT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    return null;
  } finally {
    // Frees the connection whether or not the whole body was read.
    reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, BODY_LIMIT_BYTES));
}

/** Parses JSON text, or gives undefined. */
export function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `Retry-After` as whole seconds (it may be seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Provider text fit for an error message: one line, cut short, and with the credentials taken
 * out, since a misbehaving server may echo back what it was sent.
 */
export function errorText(text: string, secrets: readonly (string | undefined)[] = []): string {
  let clean = text.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) if (secret) clean = clean.split(secret).join('[redacted]');
  return clean.length > ERROR_TEXT_LIMIT ? `${clean.slice(0, ERROR_TEXT_LIMIT - 1)}…` : clean;
}

/** A failure for an HTTP status, with `Retry-After` when the provider gave one. */
export function httpFailure(response: Response, retryable: boolean, error: string): Failure {
  const retryAfter = retryable ? retryAfterSeconds(response) : undefined;
  return retryAfter === undefined ? { ok: false, retryable, error } : { ok: false, retryable, error, retryAfterSeconds: retryAfter };
}

/** A failure decided before any request was made. */
export const refused = (error: string): Failure => ({ ok: false, retryable: false, error });

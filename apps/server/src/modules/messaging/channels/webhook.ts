/*
 * Signed outbound webhooks, following the Standard Webhooks specification (v1.0.0,
 * standard-webhooks/standard-webhooks `spec/standard-webhooks.md`):
 * - headers `webhook-id` (the same over every retry: the receiver's idempotency key),
 *   `webhook-timestamp` (unix seconds of this attempt) and `webhook-signature`, a space-delimited
 *   list of `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`;
 * - the secret is `whsec_` + base64 of 24 to 64 random bytes; the key is the decoded part;
 * - the id and timestamp must not contain '.', so the signed content cannot be shifted;
 * - receivers compare in constant time and refuse timestamps outside a tolerance (replays);
 * - 2xx is success; 3xx a failure (redirects are not followed); 410 Gone means stop sending;
 *   429, 502 and 504 mean the receiver is overloaded; honour `Retry-After`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';
import type { ChannelProvider, DeliveryResult } from './channel.js';
import { DEFAULT_TIMEOUT_MS, errorText, httpFailure, networkFailure, post, readText, refused } from './http.js';

/** How to sign and send one workspace's webhooks. */
export interface WebhookConfig {
  /** The endpoint's signing secret, `whsec_<base64>`. */
  secret: string;
  /** Deadline for the address lookup, and again for the exchange; 10 s by default. */
  timeoutMs?: number;
  /** Lets webhooks reach loopback and private networks: for tests and self-hosted setups only. */
  allowPrivateNetworks?: boolean;
  /** How names are resolved (dns.lookup); tests give one whose answer changes. */
  lookup?: LookupFunction;
}

const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, as the spec serialises them. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('A webhook secret starts with whsec_');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (key.length < 24 || key.length > 64) throw new Error('A webhook secret holds 24 to 64 bytes, base64-encoded after whsec_');
  return key;
}

const sign = (key: Buffer, id: string, timestamp: string, body: string | Buffer): Buffer =>
  createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();

type HeadersLike = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeadersLike, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a delivery as a receiver would: one `v1` signature in `webhook-signature` matches the
 * raw body (the bytes received, before any JSON parsing) and `webhook-timestamp` is within
 * `toleranceSeconds` of now, either way. False for anything missing or malformed in the
 * request; throws for a malformed secret, which is the receiver's own mistake.
 */
export function verifyWebhookSignature(secret: string, headers: HeadersLike, body: string | Buffer, toleranceSeconds = 300, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || id.includes('.') || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = sign(secretKey(secret), id, timestamp, body);
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

// Addresses a webhook may not reach unless private networks are allowed: loopback, private,
// shared (carrier NAT), link-local (cloud metadata lives at 169.254.169.254), unique-local,
// multicast, reserved and unspecified. IPv4-mapped IPv6 (::ffff:10.0.0.1) is checked against the
// IPv4 rules by BlockList itself.
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one a webhook must not reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 || blocked.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Every address of a host, through the given lookup, within the deadline. */
function resolveAll(lookup: LookupFunction, host: string, timeoutMs: number): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('lookup timed out'), { name: 'TimeoutError' })), timeoutMs);
    lookup(host, { all: true, verbatim: true }, (err, addresses) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(addresses as unknown as LookupAddress[]);
    });
  });
}

/**
 * The address of the host that is private, if any; every address is checked, since the
 * connection may use any of them. Throws what the lookup throws.
 */
async function privateAddressOf(lookup: LookupFunction, hostname: string, timeoutMs: number): Promise<string | undefined> {
  const addresses = await resolveAll(lookup, hostname.replace(/^\[|\]$/g, ''), timeoutMs);
  return addresses.find((a) => isPrivateAddress(a.address))?.address;
}

/**
 * A lookup that refuses private addresses at the moment of connecting. Checking the name before
 * the request is not enough: a DNS answer that changes between that check and the connection
 * (rebinding) would reach an internal service.
 */
function guardedLookup(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) =>
    lookup(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, '', 0);
      const addresses = found as unknown as LookupAddress[];
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad || !addresses.length) {
        const refusal = Object.assign(new Error(`Refusing to call ${hostname}: it resolves to ${bad?.address ?? 'nothing'}, a private or local address`), { code: 'EPRIVATE' });
        return callback(refusal, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
}

/** One connection pool per way of resolving names (there is one outside tests), each connecting only to public addresses. */
const publicOnly = new WeakMap<LookupFunction, Agent>();
function publicOnlyAgent(lookup: LookupFunction): Agent {
  let agent = publicOnly.get(lookup);
  if (!agent) publicOnly.set(lookup, (agent = new Agent({ connect: { lookup: guardedLookup(lookup) } })));
  return agent;
}

/**
 * POSTs `message.body` as JSON to `message.url`, signed with the endpoint's secret; the
 * idempotency key is the `webhook-id`. Throws at creation for a malformed secret.
 */
export function createWebhookProvider(config: WebhookConfig): ChannelProvider<'webhook'> {
  const key = secretKey(config.secret);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lookup = config.lookup ?? (dnsLookup as LookupFunction);
  const dispatcher = config.allowPrivateNetworks ? undefined : publicOnlyAgent(lookup);
  return {
    channel: 'webhook',
    async send({ idempotencyKey, message }): Promise<DeliveryResult> {
      let url: URL;
      try {
        url = new URL(message.url);
      } catch {
        return refused('The webhook URL is not a valid address');
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return refused('A webhook URL is http or https');
      if (url.username || url.password) return refused('A webhook URL may not carry credentials');
      if (!idempotencyKey || idempotencyKey.includes('.')) return refused('A webhook id may not be empty or contain "."');
      const body = JSON.stringify(message.body);
      if (body === undefined) return refused('The webhook body is not JSON');

      if (!config.allowPrivateNetworks) {
        // Checked here for a clear answer before anything is sent, and again as it connects.
        try {
          const address = await privateAddressOf(lookup, url.hostname, timeoutMs);
          if (address) return refused(`Refusing to call ${url.hostname}: it resolves to ${address}, a private or local address`);
        } catch (err) {
          return networkFailure(err, timeoutMs);
        }
      }

      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await post(url.href, {
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Rapport-Webhooks/1',
          'webhook-id': idempotencyKey,
          'webhook-timestamp': timestamp,
          'webhook-signature': `v1,${sign(key, idempotencyKey, timestamp, body).toString('base64')}`,
        },
        body,
        timeoutMs,
        dispatcher,
      });
      if (!(response instanceof Response)) return response;
      const text = await readText(response);
      if (response.ok) return { ok: true, providerMessageId: null };
      return webhookFailure(response, text, config.secret);
    },
  };
}

function webhookFailure(response: Response, text: string | null, secret: string): DeliveryResult {
  const { status } = response;
  if (status >= 300 && status < 400) {
    return refused(`The endpoint answered ${status}, a redirect, which is not followed; update the webhook URL`);
  }
  if (status === 410) return refused('The endpoint is gone (410): it asks not to be sent webhooks any more');
  const retryable = status === 408 || status === 429 || status >= 500;
  return httpFailure(response, retryable, errorText(`The endpoint answered ${status}${text?.trim() ? `: ${text}` : ''}`, [secret]));
}

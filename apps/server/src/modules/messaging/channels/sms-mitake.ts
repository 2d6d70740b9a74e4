/*
 * Mitake (三竹資訊) SMS gateway, HTTP API `SmSend`.
 *
 * Sources: Mitake's "SMS HTTP API" document (v2.14) as followed by Mitake's own Java SDK
 * (mitaketw/sms-java, `StatusCode.java`) and by the clients go-mitake (minchao), mitake and
 * mitake_sms (Ruby) and sms-mitake-php (codepower-tw, written against v2.14), which agree on:
 * - POST `/api/mtk/SmSend?CharsetURL=UTF-8`, form fields `username`, `password`, `dstaddr`,
 *   `smbody`, optional `destname` (max 36, "a key of the source system"), `response` (callback
 *   URL), `clientid`;
 * - `clientid`: "the gateway checks whether this id was sent before; if so it answers the earlier
 *   reply again with `Duplicate=Y` added; ids are kept for 12 hours". That is our idempotency;
 * - line breaks in `smbody` are sent as ASCII 6;
 * - the answer: `[1]`, `msgid=…`, `statuscode=…`, `AccountPoint=…` lines (an `Error=` line on
 *   some failures), and the status codes in {@link MITAKE_STATUS}.
 */
import type { ChannelProvider, DeliveryResult } from './channel.js';
import { errorText, httpFailure, post, readText, refused } from './http.js';

/** How to reach a Mitake account. */
export interface MitakeSmsConfig {
  username: string;
  password: string;
  /** `https://smsapi.mitake.com.tw` unless the account was given another host. */
  baseUrl?: string;
  /** Where Mitake reports delivery (`response`); none by default. */
  callbackUrl?: string;
  /**
   * Send the idempotency key as `destname` too, the field Mitake offers for "a key of the source
   * system", so messages can be found by it in Mitake's portal. Off by default, since the portal
   * shows that field as the recipient's name.
   */
  keyAsDestname?: boolean;
  /** Deadline for the whole exchange; 10 s by default. */
  timeoutMs?: number;
}

/** Mitake's public API host. */
export const MITAKE_DEFAULT_BASE_URL = 'https://smsapi.mitake.com.tw';

type Outcome = 'accepted' | 'retry' | 'fail';

/**
 * `statuscode` → meaning (Mitake's wording) and what it means for us. 0–4 are the message's state
 * (accepted, at the carrier, delivered); 5–9 its failures; letters are errors of the request or
 * the account. Temporary stops ('*', a, b, l, r) and 't' (expired before it went out; a new
 * attempt gets a fresh validity) may pass on retry; account, credential, content and number
 * errors will not.
 */
export const MITAKE_STATUS: Readonly<Record<string, readonly [meaning: string, outcome: Outcome]>> = {
  '0': ['預約傳送中 (scheduled)', 'accepted'],
  '1': ['已送達業者 (at the carrier)', 'accepted'],
  '2': ['已送達業者 (at the carrier)', 'accepted'],
  '3': ['已送達業者 (at the carrier)', 'accepted'],
  '4': ['已送達手機 (delivered)', 'accepted'],
  '5': ['內容有錯誤 (content error)', 'fail'],
  '6': ['門號有錯誤 (number error)', 'fail'],
  '7': ['簡訊已停用 (message disabled)', 'fail'],
  '8': ['逾時無送達 (not delivered in time)', 'fail'],
  '9': ['預約已取消 (scheduled send cancelled)', 'fail'],
  '*': ['系統發生錯誤 (system error)', 'retry'],
  a: ['簡訊發送功能暫時停止服務 (sending temporarily stopped)', 'retry'],
  b: ['簡訊發送功能暫時停止服務 (sending temporarily stopped)', 'retry'],
  c: ['請輸入帳號 (username missing)', 'fail'],
  d: ['請輸入密碼 (password missing)', 'fail'],
  e: ['帳號、密碼錯誤 (wrong username or password)', 'fail'],
  f: ['帳號已過期 (account expired)', 'fail'],
  h: ['帳號已被停用 (account disabled)', 'fail'],
  k: ['無效的連線位址 (connection address not allowed)', 'fail'],
  l: ['帳號已達到同時連線數上限 (too many connections)', 'retry'],
  m: ['必須變更密碼 (password must be changed)', 'fail'],
  n: ['密碼已逾期 (password expired)', 'fail'],
  p: ['沒有權限使用外部Http程式 (no permission for the HTTP API)', 'fail'],
  r: ['系統暫停服務 (service paused)', 'retry'],
  s: ['帳務處理失敗 (billing failed, e.g. no credit)', 'fail'],
  t: ['簡訊已過期 (message expired)', 'retry'],
  u: ['簡訊內容不得為空白 (empty message)', 'fail'],
  v: ['無效的手機號碼 (invalid mobile number)', 'fail'],
  w: ['查詢筆數超過上限 (query over limit)', 'fail'],
  x: ['發送檔案過大 (message too large)', 'fail'],
  y: ['參數錯誤 (parameter error)', 'fail'],
  z: ['查無資料 (no such record)', 'fail'],
};

/**
 * Sends SMS through Mitake. The idempotency key is the `clientid`, so a retry within Mitake's
 * 12 hours is answered with the first attempt's result (`Duplicate=Y`) instead of a second SMS.
 */
export function createMitakeSmsProvider(config: MitakeSmsConfig): ChannelProvider<'sms'> {
  const endpoint = `${(config.baseUrl ?? MITAKE_DEFAULT_BASE_URL).replace(/\/+$/, '')}/api/mtk/SmSend?CharsetURL=UTF-8`;
  return {
    channel: 'sms',
    async send({ idempotencyKey, to, message }): Promise<DeliveryResult> {
      const dstaddr = toMitakeNumber(to);
      if (!dstaddr) return refused(`Not an E.164 phone number: ${errorText(to)}`);

      const form = new URLSearchParams({
        username: config.username,
        password: config.password,
        dstaddr,
        // Mitake takes ASCII 6 for a line break in the text.
        smbody: message.text.replace(/\r\n|\r|\n/g, '\x06'),
        clientid: idempotencyKey,
      });
      if (config.keyAsDestname) form.set('destname', idempotencyKey);
      if (config.callbackUrl) form.set('response', config.callbackUrl);

      const response = await post(endpoint, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        timeoutMs: config.timeoutMs,
      });
      if (!(response instanceof Response)) return response;
      const text = await readText(response);
      if (!response.ok) {
        const retryable = response.status === 429 || response.status >= 500;
        return httpFailure(response, retryable, errorText(`Mitake answered HTTP ${response.status}: ${text || 'no explanation'}`, [config.password]));
      }
      return toResult(parseReply(text ?? ''), config.password);
    },
  };
}

/**
 * A Taiwanese mobile (+8869…) in the national form Mitake expects (09…); any other number as its
 * E.164 digits. Null for something that is not E.164.
 */
export function toMitakeNumber(e164: string): string | null {
  const match = /^\+([1-9]\d{6,14})$/.exec(e164.replace(/[\s-]/g, ''));
  if (!match) return null;
  const digits = match[1]!;
  return digits.startsWith('886') ? `0${digits.slice(3)}` : digits;
}

/** The key=value lines of the first reply block (a single SmSend has one). */
function parseReply(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let blocks = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (/^\[.*\]$/.test(line)) {
      if (++blocks > 1) break;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) fields.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return fields;
}

function toResult(reply: Map<string, string>, password: string): DeliveryResult {
  const code = reply.get('statuscode');
  // The gateway sometimes writes the id with a leading '#'.
  const msgid = reply.get('msgid')?.replace(/^#/, '') || null;
  const duplicate = reply.get('Duplicate') === 'Y';
  if (code === undefined) {
    // No status at all (a proxy's page, a cut-off body): the clientid makes another try safe.
    return { ok: false, retryable: true, error: 'Mitake gave no statuscode in its answer' };
  }
  const [meaning, outcome] = MITAKE_STATUS[code] ?? ['unknown status', 'fail'];
  // A repeated clientid is answered with the first attempt's reply: accepted then means sent once.
  if (outcome === 'accepted' || (duplicate && msgid)) return { ok: true, providerMessageId: msgid };
  const detail = reply.get('Error');
  const error = errorText(`Mitake statuscode ${code}: ${meaning}${detail ? ` — ${detail}` : ''}${duplicate ? ' (repeated clientid)' : ''}`, [password]);
  return { ok: false, retryable: outcome === 'retry', error };
}

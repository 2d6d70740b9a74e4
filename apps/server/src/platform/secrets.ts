import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys derived from the installation's secret, one per purpose, so a signature made for one use
 * (a tracking link) is never valid for another (an unsubscribe), and a leaked derived key does
 * not reveal the secret.
 */
function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'rapport', purpose, 32));
}

/** Seals settings' secrets (gateway passwords, access tokens) at rest with AES-256-GCM. */
export interface Sealer {
  seal(plain: string): string;
  /** Throws when the text was not sealed with this installation's secret. */
  open(sealed: string): string;
  /** A stable key for one purpose, derived from the installation's secret: for secrets nobody has set yet. */
  derive(purpose: string): Buffer;
}

export function createSealer(secret: string): Sealer {
  const key = derive(secret, 'sealed-settings');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('v1.')) throw new Error('not a sealed value');
      const raw = Buffer.from(sealed.slice(3), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    derive: (purpose) => derive(secret, `derived:${purpose}`),
  };
}

/** Short HMAC signatures for links that anyone may open but nobody may forge. */
export interface Signer {
  sign(value: string): string;
  verify(value: string, signature: string): boolean;
}

export function createSigner(secret: string, purpose: string): Signer {
  const key = derive(secret, `signer:${purpose}`);
  // 128 bits: enough against forgery, short enough for links in SMS.
  const sign = (value: string) => createHmac('sha256', key).update(value).digest().subarray(0, 16).toString('base64url');
  return {
    sign,
    verify(value, signature) {
      const expected = Buffer.from(sign(value));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

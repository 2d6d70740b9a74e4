import type { RenderedMessage } from '@rapport/contracts';

export type Channel = RenderedMessage['channel'];
export type Rendered<C extends Channel> = Extract<RenderedMessage, { channel: C }>;

/** One message to one recipient, as the send worker hands it to a channel. */
export interface Delivery<C extends Channel> {
  /**
   * A UUID that stays the same over every retry of this message. Providers that can dedupe on
   * it get it (LINE's X-Line-Retry-Key, a gateway's client id, a webhook's id), so a retry after a
   * crash does not deliver twice.
   */
  idempotencyKey: string;
  /** An email address, an E.164 phone number, a LINE user id; webhooks ignore it. */
  to: string;
  message: Rendered<C>;
  /** Extra email headers (List-Unsubscribe and the like); other channels ignore them. */
  headers?: Record<string, string>;
}

/**
 * What became of a delivery. A failure says whether trying again may help: a rejected number
 * will stay rejected, a timeout or a 503 may not.
 */
export type DeliveryResult =
  | { ok: true; providerMessageId: string | null }
  | {
      ok: false;
      retryable: boolean;
      error: string;
      retryAfterSeconds?: number;
      /**
       * The peer answered and did not take the message. Without it the connection was lost, and
       * a message already handed over may have arrived.
       */
      refused?: boolean;
    };

/** A way out for one channel: SMTP, an SMS gateway, the LINE Messaging API, a webhook. */
export interface ChannelProvider<C extends Channel> {
  readonly channel: C;
  send(delivery: Delivery<C>): Promise<DeliveryResult>;
  close?(): void;
}

import type { IncomingHttpHeaders } from 'node:http';

/**
 * The seam between the order saga and a payment provider. It is shaped after real QR
 * providers (Mercado Pago's in-store QR orders, Pix): the platform creates a payment and shows
 * the QR payload, the provider tells us about the outcome through a webhook, refunds go back
 * through the provider. Every call that moves money takes an idempotency key, because the saga
 * retries steps after crashes and must never charge or refund twice.
 */
export interface PaymentProvider {
  /** Short stable name stored with each payment, e.g. `sandbox`. */
  readonly name: string;
  /** Creates a QR payment; the same `idempotencyKey` returns the same payment. */
  createPayment(request: CreatePaymentRequest): Promise<CreatedPayment>;
  /** Voids an unpaid payment so its QR code can no longer be paid (best effort). */
  cancelPayment(providerReference: string): Promise<void>;
  /** Refunds a paid payment in full; the same `idempotencyKey` refunds once. */
  refund(request: RefundRequest): Promise<RefundResult>;
  /**
   * Authenticates a webhook call and reads what it reports. Providers that only send an id
   * (Mercado Pago) look the payment up here; signed ones (the sandbox) check the signature
   * and the timestamp window.
   */
  verifyWebhook(request: WebhookRequest): Promise<WebhookVerdict>;
}

export interface CreatePaymentRequest {
  idempotencyKey: string;
  orderId: string;
  orderNumber: string;
  /** Minor units. */
  amount: number;
  currency: string;
  merchantName: string;
  merchantCity: string;
  /** After this the platform cancels the order; providers may let the QR expire then too. */
  expiresAt: Date;
}

export interface CreatedPayment {
  /** The provider's id of the payment; webhooks refer to it. */
  providerReference: string;
  /** The string the customer's app scans (rendered as a QR code by clients). */
  qrPayload: string;
}

export interface RefundRequest {
  idempotencyKey: string;
  /** The order the money was paid for; recorded with the refund's transaction. */
  orderId?: string;
  providerReference: string;
  amount: number;
  currency: string;
  reason: string;
}

export interface RefundResult {
  refundReference: string;
}

/** What a verified webhook says happened to a payment. */
export interface PaymentNotification {
  /** The provider's id of this notification; a repeated id is a repeated delivery. */
  eventId: string;
  providerReference: string;
  outcome: 'PAID' | 'FAILED';
  amount: number;
  currency: string;
  occurredAt: Date;
}

export interface WebhookRequest {
  headers: IncomingHttpHeaders;
  /** The exact bytes received: signatures are computed over them. */
  body: Buffer;
  /** The path and query string it was posted to (Mercado Pago signs `data.id` of the query). */
  url?: string;
  receivedAt: Date;
}

/**
 * A webhook's verdict: a notification to apply; an authentic call that reports nothing to
 * apply (a payment still in process, another topic) to acknowledge with 200; or a refusal —
 * 400 for a malformed call, 401 for an unauthenticated one, 502 when the provider could not
 * be asked about it (the provider retries then).
 */
export type WebhookVerdict =
  | { ok: true; notification: PaymentNotification }
  | { ok: true; notification: null; ignored: string }
  | { ok: false; status: 400 | 401 | 502; reason: string };

/** A provider that can pretend the customer paid (the sandbox); real providers cannot. */
export interface PaymentSimulator {
  simulatePaid(providerReference: string, amount: number, currency: string, at: Date): PaymentNotification;
}

export function canSimulate(provider: PaymentProvider): provider is PaymentProvider & PaymentSimulator {
  return typeof (provider as Partial<PaymentSimulator>).simulatePaid === 'function';
}

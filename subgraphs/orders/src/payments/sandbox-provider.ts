import { createHash } from 'node:crypto';
import { z } from 'zod';
import { buildEmvPayload } from '../domain/emv-qr';
import type { PaymentNotification, PaymentProvider, PaymentSimulator } from './payment-provider';
import { SANDBOX_SIGNATURE_HEADER, verifySandboxSignature } from './sandbox-webhook-signature';

export interface SandboxProviderOptions {
  /** HMAC secret webhooks are signed with. */
  webhookSecret: string;
  /** How far a webhook's timestamp may be from now. @default 300000 (5 minutes) */
  toleranceMs?: number;
  /** Merchant country in the QR payload. @default "XX" (user-assigned: no real country) */
  countryCode?: string;
}

/** The JSON body of a sandbox webhook. */
export const SandboxWebhookBody = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment.paid', 'payment.failed']),
  reference: z.string().min(1).max(200),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  occurredAt: z.iso.datetime({ offset: true }),
});
export type SandboxWebhookBody = z.infer<typeof SandboxWebhookBody>;

const SANDBOX_GUI = 'com.foodgraph.sandbox';

/** Deterministic ids: a retried call with the same idempotency key gets the same answer. */
function idFrom(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/**
 * A payment provider that moves no money, for development, demos and tests. Payments are
 * EMV QR payloads that no bank app will pay; "paying" is a signed webhook to
 * `POST /webhooks/payments/sandbox` or the `confirmSandboxPayment` mutation. It keeps no
 * state of its own: references derive from the idempotency keys.
 */
export function createSandboxProvider(options: SandboxProviderOptions): PaymentProvider & PaymentSimulator {
  const toleranceMs = options.toleranceMs ?? 5 * 60_000;
  const countryCode = options.countryCode ?? 'XX';
  return {
    name: 'sandbox',
    async createPayment(request) {
      const providerReference = idFrom('sbx', request.idempotencyKey);
      const qrPayload = buildEmvPayload({
        gui: SANDBOX_GUI,
        reference: providerReference,
        amount: request.amount,
        currency: request.currency,
        merchantName: request.merchantName,
        merchantCity: request.merchantCity,
        countryCode,
      });
      return { providerReference, qrPayload };
    },
    async cancelPayment() {
      // Nothing to void: an unpaid sandbox QR is paid only if someone sends its webhook, and
      // a payment that arrives for a cancelled order is refunded by the saga.
    },
    async refund(request) {
      return { refundReference: idFrom('sbr', request.idempotencyKey) };
    },
    async verifyWebhook(request) {
      const header = request.headers[SANDBOX_SIGNATURE_HEADER];
      const signature = verifySandboxSignature(
        options.webhookSecret,
        Array.isArray(header) ? header[0] : header,
        request.body,
        request.receivedAt,
        toleranceMs,
      );
      if (!signature.ok) return { ok: false, status: 401, reason: signature.reason };
      let json: unknown;
      try {
        json = JSON.parse(request.body.toString('utf8'));
      } catch {
        return { ok: false, status: 400, reason: 'body is not JSON' };
      }
      const parsed = SandboxWebhookBody.safeParse(json);
      if (!parsed.success)
        return {
          ok: false,
          status: 400,
          reason: `bad webhook body: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`,
        };
      const body = parsed.data;
      return {
        ok: true,
        notification: {
          eventId: body.id,
          providerReference: body.reference,
          outcome: body.type === 'payment.paid' ? 'PAID' : 'FAILED',
          amount: body.amount,
          currency: body.currency,
          occurredAt: new Date(body.occurredAt),
        },
      };
    },
    simulatePaid(providerReference, amount, currency, at): PaymentNotification {
      // One simulated payment per reference: confirming twice is the same notification.
      return { eventId: `simulated:${providerReference}`, providerReference, outcome: 'PAID', amount, currency, occurredAt: at };
    },
  };
}

import { z } from 'zod';
import { toMajorUnits, toMinorUnits } from './currency-units';
import { mercadoPagoApi, type MercadoPagoApiOptions } from './mercadopago-api';
import { MERCADOPAGO_REQUEST_ID_HEADER, MERCADOPAGO_SIGNATURE_HEADER, verifyMercadoPagoSignature } from './mercadopago-signature';
import type { PaymentNotification, PaymentProvider, WebhookRequest, WebhookVerdict } from './payment-provider';

export interface MercadoPagoProviderOptions extends MercadoPagoApiOptions {
  /** The secret of the application's webhook ("Your integrations → Webhooks"). */
  webhookSecret: string;
  /** The seller's user id (the collector of the QR payments). */
  userId: string;
  /** The `external_id` of the point of sale the QR orders belong to. */
  externalPosId: string;
  /**
   * Where Mercado Pago posts the payment notifications (`notification_url` of each QR order);
   * unset, the URL configured for the application in Mercado Pago's dashboard applies.
   */
  notificationUrl?: string;
}

/** `POST …/qrs` answers with the EMVCo payload to show and the in-store order's id. */
const QrOrderCreated = z.object({ qr_data: z.string().min(1), in_store_order_id: z.string().optional() });

/** The fields of a payment (`GET /v1/payments/{id}`) the provider reads. */
const MercadoPagoPayment = z.object({
  id: z.union([z.number(), z.string()]),
  status: z.string(),
  external_reference: z.string().nullish(),
  transaction_amount: z.number(),
  currency_id: z.string().length(3),
  date_approved: z.string().nullish(),
  date_last_updated: z.string().nullish(),
});
type MercadoPagoPayment = z.infer<typeof MercadoPagoPayment>;

const PaymentSearch = z.object({ results: z.array(MercadoPagoPayment) });
const RefundCreated = z.object({ id: z.union([z.number(), z.string()]) });

/** The notification body; only the resource id and the topic matter (the rest is read back). */
const NotificationBody = z.object({
  type: z.string().optional(),
  topic: z.string().optional(),
  data: z.object({ id: z.union([z.string(), z.number()]) }).optional(),
});

function header(request: WebhookRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Mercado Pago's dynamic QR codes ("QR Code → dynamic model", in-store orders API):
 * - create: `POST /instore/orders/qr/seller/collectors/{user_id}/pos/{external_pos_id}/qrs`
 *   answers `qr_data`, the EMVCo payload the customer scans
 *   (https://www.mercadopago.com.br/developers/en/reference/qr-dynamic/_instore_orders_qr_seller_collectors_user_id_pos_external_pos_id_qrs/post);
 *   its `external_reference` is the payment's reference here, and the saga's idempotency key;
 * - notifications: `x-signature` over `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`, then
 *   `GET /v1/payments/{data.id}` for what actually happened (the body is never trusted);
 * - refunds: the approved payment of the reference (`GET /v1/payments/search`), then
 *   `POST /v1/payments/{id}/refunds` with `X-Idempotency-Key`.
 * The in-store orders API was picked over the newer `/v1/orders` because its QR and
 * notification flow is the one every Brazilian POS integration runs today; the provider keeps
 * to the `PaymentProvider` seam, so moving is one file.
 */
export function createMercadoPagoProvider(options: MercadoPagoProviderOptions): PaymentProvider {
  const call = mercadoPagoApi(options);
  const qrPath = `/instore/orders/qr/seller/collectors/${encodeURIComponent(options.userId)}/pos/${encodeURIComponent(options.externalPosId)}/qrs`;

  const lookUp = async (paymentId: string): Promise<MercadoPagoPayment> =>
    MercadoPagoPayment.parse(await call('GET', `/v1/payments/${encodeURIComponent(paymentId)}`));

  return {
    name: 'mercadopago',
    async createPayment(request) {
      const amount = toMajorUnits(request.amount, request.currency);
      const title = `${request.merchantName} order ${request.orderNumber}`.slice(0, 150);
      const created = QrOrderCreated.parse(
        await call('POST', qrPath, {
          idempotencyKey: request.idempotencyKey,
          body: {
            external_reference: request.idempotencyKey,
            title,
            description: title,
            ...(options.notificationUrl ? { notification_url: options.notificationUrl } : {}),
            // The QR stops being payable when the platform gives up on the payment.
            expiration_date: request.expiresAt.toISOString(),
            total_amount: amount,
            items: [{ title, currency_id: request.currency, unit_price: amount, quantity: 1, unit_measure: 'unit', total_amount: amount }],
          },
        }),
      );
      return { providerReference: request.idempotencyKey, qrPayload: created.qr_data };
    },
    async cancelPayment() {
      // A dynamic QR cannot be voided on its own (the documented DELETE removes the point of
      // sale's current order, which may be another order's); it expires at expiration_date,
      // and a payment that still arrives is refunded by the saga.
    },
    async refund(request) {
      const search = PaymentSearch.parse(
        await call(
          'GET',
          `/v1/payments/search?external_reference=${encodeURIComponent(request.providerReference)}&sort=date_created&criteria=desc`,
        ),
      );
      // A retried refund finds the payment already refunded; the idempotency key returns the same refund.
      const paid = search.results.find((p) => p.status === 'approved' || p.status === 'refunded');
      if (!paid) throw new Error(`no approved Mercado Pago payment with external_reference ${request.providerReference}`);
      const refund = RefundCreated.parse(
        await call('POST', `/v1/payments/${encodeURIComponent(String(paid.id))}/refunds`, {
          idempotencyKey: request.idempotencyKey,
          body: { amount: toMajorUnits(request.amount, request.currency) },
        }),
      );
      return { refundReference: String(refund.id) };
    },
    async verifyWebhook(request): Promise<WebhookVerdict> {
      const query = new URL(request.url ?? '/', 'http://webhook.invalid').searchParams;
      let json: unknown;
      try {
        json = request.body.length === 0 ? {} : JSON.parse(request.body.toString('utf8'));
      } catch {
        return { ok: false, status: 400, reason: 'body is not JSON' };
      }
      const body = NotificationBody.safeParse(json);
      if (!body.success) return { ok: false, status: 400, reason: 'bad notification body' };
      // The signature covers the query's data.id; the body's is the fallback of older senders.
      const bodyId = body.data.data?.id;
      const dataId = query.get('data.id') ?? query.get('id') ?? (bodyId === undefined ? undefined : String(bodyId));
      const signature = verifyMercadoPagoSignature(
        options.webhookSecret,
        header(request, MERCADOPAGO_SIGNATURE_HEADER),
        dataId,
        header(request, MERCADOPAGO_REQUEST_ID_HEADER),
      );
      if (!signature.ok) return { ok: false, status: 401, reason: signature.reason };
      const topic = query.get('type') ?? query.get('topic') ?? body.data.type ?? body.data.topic;
      if (topic !== 'payment') return { ok: true, notification: null, ignored: `topic ${topic ?? '(none)'}` };
      if (!dataId) return { ok: false, status: 400, reason: 'no data.id' };
      let payment: MercadoPagoPayment;
      try {
        payment = await lookUp(dataId);
      } catch (error) {
        return {
          ok: false,
          status: 502,
          reason: `looking the payment up failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      return verdictOf(payment, request.receivedAt);
    },
  };
}

/** What a looked-up payment means for the order: approved pays it, rejected or cancelled fails it. */
function verdictOf(payment: MercadoPagoPayment, receivedAt: Date): WebhookVerdict {
  const outcome =
    payment.status === 'approved' ? 'PAID' : payment.status === 'rejected' || payment.status === 'cancelled' ? 'FAILED' : null;
  if (outcome === null) return { ok: true, notification: null, ignored: `payment ${payment.id} is ${payment.status}` };
  if (!payment.external_reference) return { ok: true, notification: null, ignored: `payment ${payment.id} has no external_reference` };
  const at = payment.date_approved ?? payment.date_last_updated;
  const notification: PaymentNotification = {
    // Mercado Pago notifies a payment several times (created, updated); one state is one event.
    eventId: `payment:${payment.id}:${payment.status}`,
    providerReference: payment.external_reference,
    outcome,
    amount: toMinorUnits(payment.transaction_amount, payment.currency_id),
    currency: payment.currency_id,
    occurredAt: at ? new Date(at) : receivedAt,
  };
  return { ok: true, notification };
}

import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { disposable } from './leftovers';

/**
 * A local stand-in for Mercado Pago's API, for tests (there is no network here). It plays the
 * documented endpoints the orders subgraph's provider calls, with the same shapes and checks:
 * - `POST /instore/orders/qr/seller/collectors/{user_id}/pos/{external_pos_id}/qrs` → `{ qr_data, in_store_order_id }`
 * - `GET /v1/payments/{id}` and `GET /v1/payments/search?external_reference=…`
 * - `POST /v1/payments/{id}/refunds` → `{ id, payment_id, amount, status }`
 * Every call needs `Authorization: Bearer <accessToken>` (401 otherwise); calls with an
 * `X-Idempotency-Key` seen before answer what they answered the first time. `pay()` plays the
 * customer scanning the QR: it creates the payment and a notification signed the way Mercado
 * Pago signs them (`x-signature: ts=…,v1=HMAC-SHA256("id:<data.id>;request-id:<x-request-id>;ts:<ts>;")`).
 * The signing here is written independently of the provider's verification on purpose, so a
 * mistake in one is not mirrored in the other.
 */
export interface MercadoPagoDoubleOptions {
  accessToken: string;
  webhookSecret: string;
  /** The seller's user id the QR path must name. @default "123456789" */
  userId?: string;
  /** The point of sale the QR path must name. @default "FOODGRAPH01" */
  externalPosId?: string;
}

export interface MercadoPagoQrOrder {
  inStoreOrderId: string;
  externalReference: string;
  title: string;
  totalAmount: number;
  /** `items[0].currency_id`. @default "BRL" */
  currency: string;
  notificationUrl: string | null;
  expirationDate: string | null;
  qrData: string;
}

export interface MercadoPagoPaymentRecord {
  id: number;
  status: 'approved' | 'rejected' | 'cancelled' | 'in_process' | 'refunded';
  external_reference: string;
  transaction_amount: number;
  currency_id: string;
  date_created: string;
  date_approved: string | null;
  date_last_updated: string;
  refunds: { id: number; amount: number }[];
}

/** A notification as Mercado Pago would post it: URL (with `data.id` and `type`), headers, body. */
export interface MercadoPagoNotification {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface MercadoPagoDouble {
  /** The API's base URL, for `MERCADOPAGO_API_URL`. */
  readonly url: string;
  readonly userId: string;
  readonly externalPosId: string;
  readonly qrOrders: readonly MercadoPagoQrOrder[];
  readonly payments: ReadonlyMap<number, MercadoPagoPaymentRecord>;
  /** Every call received, in order: method, path and the status answered. */
  readonly calls: readonly { method: string; path: string; status: number }[];
  /**
   * The customer pays the QR order whose `external_reference` is `reference` (or it is
   * rejected): stores the payment and returns its signed notification for `webhookUrl`.
   */
  pay(
    reference: string,
    webhookUrl: string,
    options?: { status?: 'approved' | 'rejected'; currency?: string },
  ): { payment: MercadoPagoPaymentRecord; notification: MercadoPagoNotification };
  /** Signs a notification about payment `paymentId` for `webhookUrl` (what `pay` returns). */
  notificationFor(paymentId: number | string, webhookUrl: string, secret?: string): MercadoPagoNotification;
  /** The next `count` authenticated calls answer 500, as Mercado Pago does when it is having a bad day. */
  failNextCalls(count: number): void;
  /** Posts a notification, as Mercado Pago does; the webhook's status and JSON answer. */
  deliver(notification: MercadoPagoNotification): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): number {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return status;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** `items[0].currency_id` of a QR order, BRL when absent (Mercado Pago's own default for Brazil). */
function currencyOf(item: unknown): string {
  const currency = (item as { currency_id?: unknown } | undefined)?.currency_id;
  return typeof currency === 'string' ? currency : 'BRL';
}

/** Starts the double on 127.0.0.1, port 0; `stop()` it in `afterAll` (it is a leftover otherwise). */
export async function startMercadoPagoDouble(options: MercadoPagoDoubleOptions): Promise<MercadoPagoDouble> {
  const userId = options.userId ?? '123456789';
  const externalPosId = options.externalPosId ?? 'FOODGRAPH01';
  const qrOrders: MercadoPagoQrOrder[] = [];
  const payments = new Map<number, MercadoPagoPaymentRecord>();
  const calls: { method: string; path: string; status: number }[] = [];
  // Answers by idempotency key, per route, replayed as they were first given.
  const answered = new Map<string, { status: number; body: unknown }>();
  let nextPaymentId = 1_000_000_001;
  let nextRefundId = 2_000_000_001;
  let failing = 0;
  const qrPath = `/instore/orders/qr/seller/collectors/${userId}/pos/${externalPosId}/qrs`;

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> => {
    if (req.headers.authorization !== `Bearer ${options.accessToken}`)
      return send(res, 401, { message: 'invalid access token', error: 'unauthorized', status: 401 });
    if (failing > 0) {
      failing -= 1;
      return send(res, 500, { message: 'internal_error', error: 'internal_server_error', status: 500 });
    }
    const key = req.headers['x-idempotency-key'];
    const replayKey = typeof key === 'string' ? `${req.method} ${url.pathname} ${key}` : null;
    const replay = replayKey ? answered.get(replayKey) : undefined;
    if (replay) return send(res, replay.status, replay.body);
    const answer = (status: number, body: unknown): number => {
      if (replayKey && status < 500) answered.set(replayKey, { status, body });
      return send(res, status, body);
    };

    if (req.method === 'POST' && url.pathname === qrPath) {
      const body = await readJson(req);
      const reference = body['external_reference'];
      const total = body['total_amount'];
      if (typeof reference !== 'string' || reference === '')
        return answer(400, { error: 'invalid_external_reference', message: 'external_reference must be present.' });
      if (typeof total !== 'number' || !(total > 0))
        return answer(400, { error: 'invalid_total_amount', message: 'total_amount must be present.' });
      if (!Array.isArray(body['items']) || body['items'].length === 0)
        return answer(400, { error: 'invalid_items', message: 'items must be present.' });
      const inStoreOrderId = randomUUID();
      const order: MercadoPagoQrOrder = {
        inStoreOrderId,
        externalReference: reference,
        title: typeof body['title'] === 'string' ? body['title'] : '',
        totalAmount: total,
        currency: currencyOf(body['items'][0]),
        notificationUrl: typeof body['notification_url'] === 'string' ? body['notification_url'] : null,
        expirationDate: typeof body['expiration_date'] === 'string' ? body['expiration_date'] : null,
        // An EMVCo-looking payload that names the in-store order, like the real ones do.
        qrData: `00020101021243650016COM.MERCADOLIBRE0201306${inStoreOrderId}5204970053039865802BR6304MPDB`,
      };
      qrOrders.push(order);
      return answer(201, { qr_data: order.qrData, in_store_order_id: inStoreOrderId });
    }
    if (req.method === 'POST' && url.pathname.startsWith('/instore/')) return answer(400, { error: 'invalid_collectorId' });

    if (req.method === 'GET' && url.pathname === '/v1/payments/search') {
      const reference = url.searchParams.get('external_reference');
      const results = [...payments.values()].filter((p) => reference === null || p.external_reference === reference).reverse();
      return answer(200, { results, paging: { total: results.length, limit: 30, offset: 0 } });
    }
    const paymentMatch = /^\/v1\/payments\/(\d+)(\/refunds)?$/.exec(url.pathname);
    const payment = paymentMatch ? payments.get(Number(paymentMatch[1])) : undefined;
    if (paymentMatch && !payment) return answer(404, { message: 'Payment not found', error: 'not_found', status: 404 });
    if (req.method === 'GET' && payment && !paymentMatch?.[2]) return answer(200, payment);
    if (req.method === 'POST' && payment && paymentMatch?.[2]) {
      const body = await readJson(req);
      const refunded = payment.refunds.reduce((sum, r) => sum + r.amount, 0);
      const amount = typeof body['amount'] === 'number' ? body['amount'] : payment.transaction_amount - refunded;
      if (payment.status !== 'approved') return answer(400, { message: `Payment is ${payment.status}`, error: 'invalid_status' });
      if (amount <= 0 || amount > payment.transaction_amount - refunded + 1e-9)
        return answer(400, { message: 'Invalid refund amount', error: 'invalid_amount' });
      const refund = { id: nextRefundId++, amount };
      payment.refunds.push(refund);
      if (Math.abs(refunded + amount - payment.transaction_amount) < 1e-9) payment.status = 'refunded';
      payment.date_last_updated = new Date().toISOString();
      return answer(201, { id: refund.id, payment_id: payment.id, amount, status: 'approved', date_created: payment.date_last_updated });
    }
    return send(res, 404, { message: 'resource not found', error: 'not_found', status: 404 });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://double.invalid');
    route(req, res, url).then(
      (status) => calls.push({ method: req.method ?? '?', path: url.pathname, status }),
      (error: unknown) => {
        calls.push({ method: req.method ?? '?', path: url.pathname, status: 500 });
        if (!res.headersSent) send(res, 500, { message: String(error) });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const notificationFor = (paymentId: number | string, webhookUrl: string, secret = options.webhookSecret): MercadoPagoNotification => {
    const dataId = String(paymentId);
    const requestId = randomUUID();
    const ts = String(Date.now());
    const manifest = `id:${dataId.toLowerCase()};request-id:${requestId};ts:${ts};`;
    const v1 = createHmac('sha256', secret).update(manifest).digest('hex');
    const url = new URL(webhookUrl);
    url.searchParams.set('data.id', dataId);
    url.searchParams.set('type', 'payment');
    const body = JSON.stringify({
      id: Math.floor(Math.random() * 1e12),
      live_mode: false,
      type: 'payment',
      date_created: new Date().toISOString(),
      user_id: Number(userId),
      api_version: 'v1',
      action: 'payment.created',
      data: { id: dataId },
    });
    return {
      url: url.toString(),
      headers: { 'content-type': 'application/json', 'x-signature': `ts=${ts},v1=${v1}`, 'x-request-id': requestId },
      body,
    };
  };

  return {
    url: base,
    userId,
    externalPosId,
    qrOrders,
    payments,
    calls,
    pay(reference, webhookUrl, payOptions = {}) {
      const order = [...qrOrders].reverse().find((o) => o.externalReference === reference);
      if (!order) throw new Error(`no QR order with external_reference ${reference}`);
      const now = new Date().toISOString();
      const status = payOptions.status ?? 'approved';
      const payment: MercadoPagoPaymentRecord = {
        id: nextPaymentId++,
        status,
        external_reference: reference,
        transaction_amount: order.totalAmount,
        currency_id: payOptions.currency ?? order.currency,
        date_created: now,
        date_approved: status === 'approved' ? now : null,
        date_last_updated: now,
        refunds: [],
      };
      payments.set(payment.id, payment);
      return { payment, notification: notificationFor(payment.id, webhookUrl) };
    },
    notificationFor,
    failNextCalls(count) {
      failing = count;
    },
    async deliver(notification) {
      const res = await fetch(notification.url, { method: 'POST', headers: notification.headers, body: notification.body });
      const text = await res.text();
      return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown> };
    },
    stop: disposable(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  };
}

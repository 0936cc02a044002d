import { startMercadoPagoDouble, type MercadoPagoDouble, type MercadoPagoNotification } from '@foodgraph/testing/mercadopago-double';
import { createMercadoPagoProvider } from '../../src/payments/mercadopago-provider';
import type { PaymentProvider, WebhookRequest } from '../../src/payments/payment-provider';

const ACCESS_TOKEN = 'APP_USR-test-access-token';
const WEBHOOK_SECRET = 'mercadopago-webhook-secret-for-tests';
const WEBHOOK_URL = 'http://127.0.0.1:9/webhooks/payments/mercadopago';

let mp: MercadoPagoDouble;
let provider: PaymentProvider;

const request = (key: string, amount = 1050) => ({
  idempotencyKey: key,
  orderId: '0190a000-0000-7000-8000-000000000001',
  orderNumber: '007',
  amount,
  currency: 'BRL',
  merchantName: 'Pastelaria',
  merchantCity: 'Sao Paulo',
  expiresAt: new Date(Date.now() + 600_000),
});

/** A notification as the webhook route hands it to the provider. */
const received = (n: MercadoPagoNotification): WebhookRequest => {
  const url = new URL(n.url);
  return { headers: n.headers, body: Buffer.from(n.body), url: url.pathname + url.search, receivedAt: new Date() };
};

beforeAll(async () => {
  mp = await startMercadoPagoDouble({ accessToken: ACCESS_TOKEN, webhookSecret: WEBHOOK_SECRET });
  provider = createMercadoPagoProvider({
    accessToken: ACCESS_TOKEN,
    webhookSecret: WEBHOOK_SECRET,
    userId: mp.userId,
    externalPosId: mp.externalPosId,
    apiUrl: mp.url,
  });
});
afterAll(() => mp?.stop());

describe('the Mercado Pago provider against the local double', () => {
  it('creates a dynamic QR order once per idempotency key, in major units, and shows its qr_data', async () => {
    const first = await provider.createPayment(request('order-a:1'));
    const again = await provider.createPayment(request('order-a:1'));
    expect(again).toEqual(first);
    const orders = mp.qrOrders.filter((o) => o.externalReference === 'order-a:1');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ totalAmount: 10.5, currency: 'BRL', title: 'Pastelaria order 007' });
    expect(first).toEqual({ providerReference: 'order-a:1', qrPayload: orders[0]?.qrData });
  });

  it('fails a call with a wrong access token', async () => {
    const intruder = createMercadoPagoProvider({
      accessToken: 'APP_USR-wrong',
      webhookSecret: WEBHOOK_SECRET,
      userId: mp.userId,
      externalPosId: mp.externalPosId,
      apiUrl: mp.url,
    });
    await expect(intruder.createPayment(request('order-x:1'))).rejects.toThrow(/answered 401/);
  });

  it('reads a signed notification back from the API: approved is PAID, rejected is FAILED', async () => {
    await provider.createPayment(request('order-b:1'));
    const paid = mp.pay('order-b:1', WEBHOOK_URL);
    expect(await provider.verifyWebhook(received(paid.notification))).toEqual({
      ok: true,
      notification: expect.objectContaining({
        eventId: `payment:${paid.payment.id}:approved`,
        providerReference: 'order-b:1',
        outcome: 'PAID',
        amount: 1050,
        currency: 'BRL',
      }),
    });
    const rejected = mp.pay('order-b:1', WEBHOOK_URL, { status: 'rejected' });
    const verdict = await provider.verifyWebhook(received(rejected.notification));
    expect(verdict.ok && verdict.notification?.outcome).toBe('FAILED');
  });

  it('refuses a forged signature, a notification naming another payment than the signed one, and an unsigned one', async () => {
    await provider.createPayment(request('order-c:1'));
    const { payment, notification } = mp.pay('order-c:1', WEBHOOK_URL);
    const forged = mp.notificationFor(payment.id, WEBHOOK_URL, 'a secret that is not the application one');
    expect(await provider.verifyWebhook(received(forged))).toMatchObject({ ok: false, status: 401 });
    const swapped = { ...notification, url: notification.url.replace(`data.id=${payment.id}`, 'data.id=1000000999') };
    expect(await provider.verifyWebhook(received(swapped))).toMatchObject({ ok: false, status: 401 });
    const unsigned = { ...notification, headers: { 'content-type': 'application/json' } };
    expect(await provider.verifyWebhook(received(unsigned))).toMatchObject({ ok: false, status: 401 });
  });

  it('acknowledges other topics without looking anything up', async () => {
    const n = mp.notificationFor(123, WEBHOOK_URL);
    const url = n.url.replace('type=payment', 'type=merchant_order');
    const calls = mp.calls.length;
    expect(await provider.verifyWebhook(received({ ...n, url }))).toMatchObject({ ok: true, notification: null });
    expect(mp.calls.length).toBe(calls);
  });

  it('refunds the approved payment of a reference once per idempotency key', async () => {
    await provider.createPayment(request('order-d:1', 2599));
    const { payment } = mp.pay('order-d:1', WEBHOOK_URL);
    const refund = { idempotencyKey: 'refund:order-d', providerReference: 'order-d:1', amount: 2599, currency: 'BRL', reason: 'cancelled' };
    const first = await provider.refund(refund);
    const retried = await provider.refund(refund);
    expect(retried).toEqual(first);
    expect(mp.payments.get(payment.id)).toMatchObject({
      status: 'refunded',
      refunds: [{ id: Number(first.refundReference), amount: 25.99 }],
    });
  });

  it('answers 502 when the API cannot be asked, so Mercado Pago retries the notification', async () => {
    const offline = createMercadoPagoProvider({
      accessToken: ACCESS_TOKEN,
      webhookSecret: WEBHOOK_SECRET,
      userId: mp.userId,
      externalPosId: mp.externalPosId,
      apiUrl: 'http://127.0.0.1:9',
      timeoutMs: 1000,
    });
    expect(await offline.verifyWebhook(received(mp.notificationFor(1, WEBHOOK_URL)))).toMatchObject({ ok: false, status: 502 });
  });
});

import { startMercadoPagoDouble, type MercadoPagoDouble } from '@foodgraph/testing/mercadopago-double';
import { MERCADOPAGO_WEBHOOK_PATH } from '../src/http/payment-webhook.route';
import { seedVenue, type Venue } from './support/menu-fixtures';
import { CANCEL, ok, type OrderResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { placeAwaitingPayment, waitForOrder } from './support/saga-steps';

const ACCESS_TOKEN = 'APP_USR-orders-harness-token';
const WEBHOOK_SECRET = 'mercadopago-webhook-secret-for-the-harness';

let mp: MercadoPagoDouble;
let h: OrdersHarness;
let venue: Venue;
let webhookUrl: string;
beforeAll(async () => {
  mp = await startMercadoPagoDouble({ accessToken: ACCESS_TOKEN, webhookSecret: WEBHOOK_SECRET });
  h = await OrdersHarness.start({
    config: {
      paymentProvider: 'mercadopago',
      mercadoPago: {
        accessToken: ACCESS_TOKEN,
        webhookSecret: WEBHOOK_SECRET,
        userId: mp.userId,
        externalPosId: mp.externalPosId,
        apiUrl: mp.url,
        notificationUrl: undefined,
      },
    },
  });
  venue = await seedVenue(h);
  webhookUrl = h.url.replace('/graphql', MERCADOPAGO_WEBHOOK_PATH);
});
afterAll(async () => {
  await h?.stop();
  await mp?.stop();
});

const logOf = async (orderId: string | null) =>
  (
    await h.dataSource.query<Array<{ kind: string; status: string; provider: string; provider_reference: string | null }>>(
      `SELECT kind, status, provider, provider_reference FROM payment_transactions
       WHERE order_id IS NOT DISTINCT FROM $1 ORDER BY at, id`,
      [orderId],
    )
  ).map((t) => [t.kind, t.status, t.provider, t.provider_reference]);

describe("Mercado Pago's payment log", () => {
  it('keeps the calls Mercado Pago failed beside the retries that worked', async () => {
    const customer = user('CUSTOMER');
    mp.failNextCalls(1);
    const order = await placeAwaitingPayment(h, customer, venue);
    const reference = order.payment.providerReference;
    await expect(logOf(order.id)).resolves.toEqual([
      ['create', 'ERROR', 'mercadopago', null],
      ['create', 'PENDING', 'mercadopago', reference],
    ]);

    const { notification } = mp.pay(reference!, webhookUrl);
    expect((await mp.deliver(notification)).status).toBe(200);
    await waitForOrder(h, order.id, 'PLACED');
    mp.failNextCalls(1);
    ok(await h.call<{ cancelOrder: OrderResult }>(customer, CANCEL, { orderId: order.id }));
    await h.waitFor(async () => (await logOf(order.id)).some(([kind, status]) => kind === 'refund' && status === 'REFUNDED'), 'the refund');
    expect((await logOf(order.id)).slice(2)).toEqual([
      ['paid', 'APPLIED', 'mercadopago', reference],
      ['refund', 'ERROR', 'mercadopago', reference],
      ['refund', 'REFUNDED', 'mercadopago', expect.stringMatching(/^\d+$/)],
    ]);
  });

  it('keeps refused and ignored notifications, about no order', async () => {
    const before = (await logOf(null)).length;
    const forged = mp.notificationFor(123, webhookUrl, 'a secret that is not the application one');
    expect((await mp.deliver(forged)).status).toBe(401);
    const otherTopic = mp.notificationFor(456, webhookUrl);
    expect((await mp.deliver({ ...otherTopic, url: otherTopic.url.replace('type=payment', 'type=merchant_order') })).status).toBe(200);
    expect((await logOf(null)).slice(before)).toEqual([
      ['webhook-rejected', '401', 'mercadopago', null],
      ['webhook-ignored', '200', 'mercadopago', null],
    ]);
  });
});

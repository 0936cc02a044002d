import { randomBytes } from 'node:crypto';
import { MERCADOPAGO_WEBHOOK_PATH } from '@foodgraph/orders';
import {
  createDemoRestaurant,
  errorCodes,
  loginAdmin,
  orderMutation,
  orderOf,
  placeOrder,
  signUp,
  startMercadoPagoDouble,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type MercadoPagoDouble,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

const ACCESS_TOKEN = `APP_USR-${randomBytes(12).toString('hex')}`;
const WEBHOOK_SECRET = randomBytes(24).toString('hex');

const PAYMENT_LOG = `query OrderPaymentLog($id: ID!) {
  order(id: $id) { id payment { provider status transactions { kind status amount { amount currency } providerReference at } } }
}`;

interface PaymentLog {
  order: {
    id: string;
    payment: {
      provider: string;
      status: string;
      transactions: {
        kind: string;
        status: string;
        amount: { amount: number; currency: string };
        providerReference: string | null;
        at: string;
      }[];
    };
  } | null;
}

describe('QR payments through Mercado Pago (against the local double), through the router', () => {
  let mp: MercadoPagoDouble;
  let sg: TestSupergraph;
  let owner: SignedIn;
  let otherPartner: SignedIn;
  let customer: SignedIn;
  let admin: SignedIn;
  let venue: DemoRestaurant;
  let webhookUrl: string;
  let order: TestOrder;

  const paymentLog = (reader: SignedIn, id: string) => sg.query<PaymentLog>(PAYMENT_LOG, { token: reader.token, variables: { id } });

  beforeAll(async () => {
    mp = await startMercadoPagoDouble({ accessToken: ACCESS_TOKEN, webhookSecret: WEBHOOK_SECRET });
    sg = await startSupergraph({
      // Payments need accounts, a restaurant and orders; delivery and the rest stay out.
      only: ['users', 'menu', 'orders'],
      env: {
        PAYMENT_PROVIDER: 'mercadopago',
        MERCADOPAGO_ACCESS_TOKEN: ACCESS_TOKEN,
        MERCADOPAGO_WEBHOOK_SECRET: WEBHOOK_SECRET,
        MERCADOPAGO_USER_ID: mp.userId,
        MERCADOPAGO_EXTERNAL_POS_ID: mp.externalPosId,
        MERCADOPAGO_API_URL: mp.url,
      },
    });
    [owner, otherPartner, customer, admin] = await Promise.all([
      signUp(sg, 'PARTNER', 'Pastelaria Paula'),
      signUp(sg, 'PARTNER', 'Nosy Neighbour'),
      signUp(sg, 'CUSTOMER', 'Hungry Hugo'),
      loginAdmin(sg),
    ]);
    venue = await createDemoRestaurant(sg, owner, {
      name: 'Pastelaria',
      currency: 'BRL',
      items: [{ name: 'Pastel de queijo', price: 1250, stock: 20 }],
    });
    // The application's webhook URL in Mercado Pago's dashboard: the router, the one public door.
    webhookUrl = new URL(MERCADOPAGO_WEBHOOK_PATH, sg.url).toString();
  });
  afterAll(async () => {
    await sg?.stop();
    await mp?.stop();
  });

  it("shows Mercado Pago's QR, refuses a forged notification and is PAID by a signed one", async () => {
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 2 }] }),
      'placeOrder',
    );
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    const reference = awaiting.payment.providerReference!;
    const qrOrder = mp.qrOrders.find((o) => o.externalReference === reference);
    expect(qrOrder).toMatchObject({ totalAmount: (2 * 1250 + venue.deliveryFee) / 100, currency: 'BRL' });
    expect(awaiting.payment.qrCode).toBe(qrOrder!.qrData);

    const { payment, notification } = mp.pay(reference, webhookUrl);
    const forged = mp.notificationFor(payment.id, webhookUrl, 'not the secret of this application');
    expect((await mp.deliver(forged)).status).toBe(401);
    expect((await mp.deliver({ ...notification, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT')).payment.status).toBe('PENDING');

    expect(await mp.deliver(notification)).toEqual({ status: 200, body: { received: true, result: 'APPLIED' } });
    order = await waitForOrder(sg, customer, placed.id, 'PLACED');
    expect(order.payment).toMatchObject({ status: 'PAID', amount: { amount: 2 * 1250 + venue.deliveryFee, currency: 'BRL' } });
    // Mercado Pago delivers again until it has its 200; the same state is one event.
    expect((await mp.deliver(mp.notificationFor(payment.id, webhookUrl))).body).toEqual({ received: true, result: 'DUPLICATE' });
  });

  it('refunds through Mercado Pago when the customer cancels the paid order', async () => {
    expect(
      orderOf(await orderMutation(sg, customer, 'cancel', { orderId: order.id, reason: 'Changed my mind' }), 'cancelOrder').status,
    ).toBe('CANCELLED');
    const refunded = await waitForOrder(sg, customer, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    expect(refunded.payment.refundedAt).not.toBeNull();
    const payment = [...mp.payments.values()].find((p) => p.external_reference === order.payment.providerReference);
    expect(payment).toMatchObject({ status: 'refunded', refunds: [{ amount: order.total.amount / 100 }] });
  });

  it("logs every provider call and webhook for the restaurant's owner and admins, not for the customer or another partner", async () => {
    const total = { amount: order.total.amount, currency: 'BRL' };
    const log = (await paymentLog(owner, order.id)).data?.order?.payment;
    expect(log?.provider).toBe('mercadopago');
    expect(log?.transactions.map(({ kind, status, amount }) => ({ kind, status, amount }))).toEqual([
      { kind: 'create', status: 'PENDING', amount: total },
      { kind: 'paid', status: 'APPLIED', amount: total },
      { kind: 'refund', status: 'REFUNDED', amount: total },
    ]);
    const refundId = mp.payments.size > 0 ? [...mp.payments.values()].find((p) => p.refunds.length > 0)?.refunds[0]?.id : undefined;
    expect(log?.transactions[2]?.providerReference).toBe(String(refundId));
    expect((await paymentLog(admin, order.id)).data?.order?.payment.transactions).toEqual(log?.transactions);
    expect(errorCodes(await paymentLog(customer, order.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await paymentLog(otherPartner, order.id))).toEqual(['FORBIDDEN']);
  });
});

import { seedVenue, type Venue } from './support/menu-fixtures';
import { UPDATE_LINES, ok, type OrderResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, placeAwaitingPayment, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const logOf = (orderId: string | null) =>
  h.dataSource.query<Array<{ kind: string; status: string; amount: number; provider: string; provider_reference: string | null }>>(
    `SELECT kind, status, amount, provider, provider_reference FROM payment_transactions
     WHERE order_id IS NOT DISTINCT FROM $1 ORDER BY at, id`,
    [orderId],
  );

describe("the sandbox's payment log", () => {
  it('records the QR created, the paid webhook once, and a forged webhook as refused', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    const before = (await logOf(null)).length;
    expect((await h.webhook(paidNotice(order), { secret: 'not the sandbox secret at all' })).status).toBe(401);
    const notice = paidNotice(order);
    expect((await h.webhook(notice)).body.result).toBe('APPLIED');
    expect((await h.webhook(notice)).body.result).toBe('DUPLICATE');
    const reference = order.payment.providerReference;
    expect(await logOf(order.id)).toEqual([
      { kind: 'create', status: 'PENDING', amount: order.total.amount, provider: 'sandbox', provider_reference: reference },
      { kind: 'paid', status: 'APPLIED', amount: order.total.amount, provider: 'sandbox', provider_reference: reference },
    ]);
    // Who sent a forged call cannot be trusted to say which order it is about: no order, no amount.
    expect((await logOf(null)).slice(before)).toEqual([
      { kind: 'webhook-rejected', status: '401', amount: 0, provider: 'sandbox', provider_reference: null },
    ]);
  });

  it("records a retired QR's void, its late payment's refund and the new QR's payment", async () => {
    const customer = user('CUSTOMER');
    const order = await placeAwaitingPayment(h, customer, venue);
    const lines = [{ menuItemId: venue.pizzaId, quantity: 2 }];
    ok(await h.call<{ updateOrderLines: OrderResult }>(customer, UPDATE_LINES, { orderId: order.id, lines }));
    const again = await waitForOrder(h, order.id, 'AWAITING_PAYMENT');
    // The customer's app still showed the old QR code and paid it: taken, then given back.
    expect((await h.webhook(paidNotice(order))).body.result).toBe('REFUND_SCHEDULED');
    await h.waitFor(async () => (await logOf(order.id)).some((t) => t.kind === 'refund'), 'the refund of the old QR');
    expect((await h.webhook(paidNotice(again, 'evt_new_qr'))).body.result).toBe('APPLIED');
    const [old, current] = [order, again].map((o) => ({ amount: o.total.amount, ref: o.payment.providerReference }));
    expect((await logOf(order.id)).map((t) => [t.kind, t.status, t.amount, t.provider_reference])).toEqual([
      ['create', 'PENDING', old.amount, old.ref],
      ['cancel', 'CANCELLED', old.amount, old.ref],
      ['create', 'PENDING', current.amount, current.ref],
      ['paid', 'REFUND_SCHEDULED', old.amount, old.ref],
      ['refund', 'REFUNDED', old.amount, expect.stringMatching(/^sbr_/)],
      ['paid', 'APPLIED', current.amount, current.ref],
    ]);
  });
});

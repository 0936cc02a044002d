import type { Identity } from '@foodgraph/platform/auth';
import { parseEmvPayload } from '../src/domain/emv-qr';
import { seedVenue, type Venue } from './support/menu-fixtures';
import {
  ACCEPT,
  CANCEL,
  CONFIRM,
  READY,
  REJECT,
  SET_LINE,
  START_PREPARING,
  errorOf,
  ok,
  type OrderResult,
  type StatusChangeResult,
  type OrderLineResult,
} from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, place, placeAwaitingPayment, placePaid, readOrder, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => {
  h.stock = 'reserve';
});

const statuses = (order: OrderResult) => order.history.map((c: StatusChangeResult) => c.status);

describe('the order saga', () => {
  it('takes a QR order from placement through payment and the kitchen to ready, with an ordered history', async () => {
    const customer = user('CUSTOMER');
    const placed = await place(h, customer, venue);
    expect(placed).toMatchObject({
      status: 'PENDING',
      number: expect.stringMatching(/^\d{3,}$/),
      subtotal: { amount: 2450, currency: 'EUR' },
      total: { amount: 2700 },
    });
    expect(placed.payment).toMatchObject({ method: 'QR_CODE', status: 'PENDING', qrCode: null });

    const awaiting = await waitForOrder(h, placed.id, 'AWAITING_PAYMENT');
    expect(parseEmvPayload(awaiting.payment.qrCode!)?.get('54')).toBe('27.00');
    expect(awaiting.payment.providerReference).toMatch(/^sbx_/);

    const hook = await h.webhook(paidNotice(awaiting));
    expect(hook).toEqual({ status: 200, body: { received: true, result: 'APPLIED' } });
    const paid = await readOrder(h, placed.id);
    expect(paid).toMatchObject({ status: 'PLACED', payment: { status: 'PAID', paidAt: expect.any(String) } });

    const accepted = ok(
      await h.call<{ acceptOrder: OrderResult }>(venue.owner, ACCEPT, { orderId: placed.id, prepMinutes: 15 }),
    ).acceptOrder;
    expect(accepted.status).toBe('ACCEPTED');
    expect(new Date(accepted.estimatedReadyAt!).getTime() - new Date(accepted.updatedAt).getTime()).toBe(15 * 60_000);

    ok(await h.call(venue.owner, START_PREPARING, { orderId: placed.id }));
    const [first, second] = accepted.lines;
    ok(await h.call(venue.owner, SET_LINE, { orderId: placed.id, lineId: first.id, status: 'COOKING' }));
    const cooking = ok(
      await h.call<{ setLineStatus: OrderResult }>(venue.owner, SET_LINE, { orderId: placed.id, lineId: second.id, status: 'DONE' }),
    ).setLineStatus;
    expect(cooking.lines.map((l: OrderLineResult) => l.status)).toEqual(['COOKING', 'DONE']);

    const ready = ok(await h.call<{ markOrderReady: OrderResult }>(venue.owner, READY, { orderId: placed.id })).markOrderReady;
    expect(ready.status).toBe('READY_FOR_PICKUP');
    expect(ready.lines.map((l: OrderLineResult) => l.status)).toEqual(['DONE', 'DONE']);
    expect(statuses(ready)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP']);
    expect(ready.history[0].actor).toEqual({ id: customer.userId });
    expect(ready.history[1].actor).toBeNull();
    expect(ready.history[3].actor).toEqual({ id: venue.owner.userId });
    const times = ready.history.map((c: StatusChangeResult) => new Date(c.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    await h.waitFor(() => h.eventsOf(placed.id, 'orders.order.status_changed').length === 5, 'five transition events');
    expect(h.eventsOf(placed.id, 'orders.order.placed')).toHaveLength(1);
    expect(h.eventsOf(placed.id, 'orders.order.status_changed').map((e) => `${String(e.data['from'])}>${String(e.data['to'])}`)).toEqual([
      'PENDING>AWAITING_PAYMENT',
      'AWAITING_PAYMENT>PLACED',
      'PLACED>ACCEPTED',
      'ACCEPTED>PREPARING',
      'PREPARING>READY_FOR_PICKUP',
    ]);
  });

  it('follows delivery events to PICKED_UP and DELIVERED, and lets that courier read the order', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 5 }));
    ok(await h.call(venue.owner, START_PREPARING, { orderId: order.id }));
    ok(await h.call(venue.owner, READY, { orderId: order.id }));
    const courier = user('COURIER');
    const delivery = {
      deliveryId: order.id.replace(/.$/, '0'),
      orderId: order.id,
      courierId: courier.userId,
      courierUserId: courier.userId,
    };
    expect(errorOf(await h.call(courier, 'query ($id: ID!) { order(id: $id) { id } }', { id: order.id })).code).toBe('FORBIDDEN');
    await h.publish('delivery.delivery.picked_up', { ...delivery, at: new Date().toISOString() });
    await waitForOrder(h, order.id, 'PICKED_UP');
    expect(
      ok(await h.call<{ order: OrderResult }>(courier, 'query ($id: ID!) { order(id: $id) { id status } }', { id: order.id })).order.status,
    ).toBe('PICKED_UP');
    await h.publish('delivery.delivery.delivered', { ...delivery, at: new Date().toISOString() });
    const delivered = await waitForOrder(h, order.id, 'DELIVERED');
    expect(delivered.history.slice(-2).map((c: StatusChangeResult) => [c.status, c.actor?.id])).toEqual([
      ['PICKED_UP', courier.userId],
      ['DELIVERED', courier.userId],
    ]);
  });

  it('lets the courier assigned by delivery read the order before pick-up, and no other courier', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 5 }));
    const courier = user('COURIER');
    const readAs = (who: Identity) =>
      h.call<{ order: OrderResult }>(who, 'query ($id: ID!) { order(id: $id) { id status } }', { id: order.id });
    await h.publish('delivery.delivery.assigned', {
      deliveryId: order.id.replace(/.$/, '0'),
      orderId: order.id,
      courierId: courier.userId,
      courierUserId: courier.userId,
      etaAt: null,
      at: new Date().toISOString(),
    });
    const seen = await h.waitFor(async () => (await readAs(courier)).data?.order, 'the assigned courier to read the order');
    expect(seen.status).toBe('ACCEPTED');
    expect(errorOf(await readAs(user('COURIER'))).code).toBe('FORBIDDEN');
  });

  it('places cash orders without a payment step', async () => {
    const placed = await place(h, user('CUSTOMER'), venue, { paymentMethod: 'CASH_ON_DELIVERY' });
    expect(placed.payment.status).toBe('NOT_REQUIRED');
    const order = await waitForOrder(h, placed.id, 'PLACED');
    expect(statuses(order)).toEqual(['PENDING', 'PLACED']);
    expect(order.payment).toMatchObject({ status: 'NOT_REQUIRED', qrCode: null });
  });

  it('rejects the order when menu has no stock for it', async () => {
    h.stock = 'reject';
    const placed = await place(h, user('CUSTOMER'), venue);
    const order = await waitForOrder(h, placed.id, 'REJECTED');
    expect(order).toMatchObject({ statusReason: 'Out of stock', payment: { status: 'FAILED' } });
    expect(statuses(order)).toEqual(['PENDING', 'REJECTED']);
  });

  it('lets the customer cancel a paid order before acceptance and refunds it', async () => {
    const customer = user('CUSTOMER');
    const order = await placePaid(h, customer, venue);
    const cancelled = ok(
      await h.call<{ cancelOrder: OrderResult }>(customer, CANCEL, { orderId: order.id, reason: 'Changed my mind' }),
    ).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Changed my mind' });
    const refunded = await waitForOrder(h, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    expect(refunded.payment.refundedAt).toEqual(expect.any(String));
    await h.waitFor(
      () => h.eventsOf(order.id, 'orders.order.status_changed').some((e) => e.data.to === 'CANCELLED'),
      'the cancellation event',
    );
    const event = h.eventsOf(order.id, 'orders.order.status_changed').find((e) => e.data.to === 'CANCELLED')!;
    expect(event.data).toMatchObject({ from: 'PLACED', actorKind: 'CUSTOMER', actorId: customer.userId, reason: 'Changed my mind' });
  });

  it('lets the owner reject a paid order and refunds it', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    expect(errorOf(await h.call(venue.owner, REJECT, { orderId: order.id, reason: '  ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const rejected = ok(
      await h.call<{ rejectOrder: OrderResult }>(venue.owner, REJECT, { orderId: order.id, reason: 'Kitchen closed early' }),
    ).rejectOrder;
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: 'Kitchen closed early' });
    await waitForOrder(h, order.id, 'REJECTED', (o) => o.payment.status === 'REFUNDED');
  });

  it('cancels an unpaid order and marks its payment failed; a payment arriving later is refunded', async () => {
    const customer = user('CUSTOMER');
    const order = await placeAwaitingPayment(h, customer, venue);
    const cancelled = ok(await h.call<{ cancelOrder: OrderResult }>(customer, CANCEL, { orderId: order.id })).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Cancelled by the customer', payment: { status: 'FAILED' } });
    expect((await h.webhook(paidNotice(order))).body.result).toBe('REFUND_SCHEDULED');
    await waitForOrder(h, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
  });

  it('confirms a sandbox payment through the mutation, once', async () => {
    const customer = user('CUSTOMER');
    const order = await placeAwaitingPayment(h, customer, venue);
    expect(errorOf(await h.call(user('CUSTOMER'), CONFIRM, { orderId: order.id })).code).toBe('FORBIDDEN');
    const paid = ok(await h.call<{ confirmSandboxPayment: OrderResult }>(customer, CONFIRM, { orderId: order.id })).confirmSandboxPayment;
    expect(paid).toMatchObject({ status: 'PLACED', payment: { status: 'PAID' } });
    expect(errorOf(await h.call(customer, CONFIRM, { orderId: order.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('keeps the customer from cancelling once the restaurant accepted, but not an admin', async () => {
    const customer = user('CUSTOMER');
    const order = await placePaid(h, customer, venue);
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 10 }));
    expect(errorOf(await h.call(customer, CANCEL, { orderId: order.id }))).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      from: 'ACCEPTED',
      to: 'CANCELLED',
    });
    const cancelled = ok(
      await h.call<{ cancelOrder: OrderResult }>(user('ADMIN'), CANCEL, { orderId: order.id, reason: 'Fraud check' }),
    ).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Fraud check' });
    await waitForOrder(h, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    expect(errorOf(await h.call(user('ADMIN'), CANCEL, { orderId: order.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('refuses kitchen steps out of order', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    expect(errorOf(await h.call(venue.owner, START_PREPARING, { orderId: order.id })).code).toBe('INVALID_STATE_TRANSITION');
    expect(errorOf(await h.call(venue.owner, READY, { orderId: order.id })).code).toBe('INVALID_STATE_TRANSITION');
    expect(errorOf(await h.call(venue.owner, SET_LINE, { orderId: order.id, lineId: order.lines[0].id, status: 'COOKING' })).code).toBe(
      'INVALID_STATE_TRANSITION',
    );
    expect(errorOf(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'prepMinutes',
    });
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 10 }));
    // The owner repeating the accept that committed (a retry) gets the order back, not an error…
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 10 }));
    // …but a step back is still refused.
    expect(errorOf(await h.call(venue.owner, READY, { orderId: order.id })).code).toBe('INVALID_STATE_TRANSITION');
    expect(errorOf(await h.call(venue.owner, SET_LINE, { orderId: order.id, lineId: order.id, status: 'COOKING' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lineId',
    });
  });
});

import { OrderStatusV1, type EventData } from '@foodgraph/events';
import { notificationsOfAssignment, notificationsOfDeliveryCancelled, notificationsOfOffer } from '../../src/domain/delivery-notifications';
import { kitchenHearsOf, NO_AUDIENCE, notificationsOfRefund, notificationsOfStatusChange } from '../../src/domain/order-notifications';
import { notificationsOfDeadLetter } from '../../src/domain/platform-notifications';
import { notificationsOfRestaurantChange, notificationsOfReview } from '../../src/domain/restaurant-notifications';

/* Who is told what, one rule at a time, without a database or a bus. */

const ORDER = '0190a000-0000-7000-8000-000000000001';
const RESTAURANT = '0190a000-0000-7000-8000-000000000002';
const CUSTOMER = '0190a000-0000-7000-8000-000000000003';
const OWNER = '0190a000-0000-7000-8000-000000000004';
const STAFF = '0190a000-0000-7000-8000-000000000005';
const COURIER_USER = '0190a000-0000-7000-8000-000000000006';
const AT = '2026-12-03T12:00:00.000Z';

const change = (overrides: Partial<EventData<'orders.order.status_changed'>>): EventData<'orders.order.status_changed'> => ({
  orderId: ORDER,
  number: 'A1B2',
  customerId: CUSTOMER,
  restaurantId: RESTAURANT,
  from: 'PENDING',
  to: 'AWAITING_PAYMENT',
  reason: null,
  actorKind: 'SYSTEM',
  actorId: null,
  paymentStatus: 'PENDING',
  estimatedReadyAt: null,
  at: AT,
  ...overrides,
});
const kitchen = { ownerId: OWNER, staffIds: [STAFF] };
const order = { customerId: CUSTOMER, restaurantId: RESTAURANT, number: 'A1B2' };

describe('order status changes', () => {
  it('tell the customer of every change, linking the order and its restaurant', () => {
    expect(notificationsOfStatusChange(change({ to: 'AWAITING_PAYMENT' }), kitchen)).toEqual([
      {
        recipientId: CUSTOMER,
        kind: 'ORDER_STATUS',
        title: 'Order #A1B2 is waiting for payment',
        body: 'Pay with the QR code to send it to the kitchen.',
        orderId: ORDER,
        restaurantId: RESTAURANT,
      },
    ]);
  });

  it('need the restaurant’s owner and staff only for the change the kitchen hears of, so the reaction reads them only then', () => {
    for (const to of OrderStatusV1.options) {
      const each = change({ to, paymentStatus: 'PAID' });
      if (!kitchenHearsOf(each)) expect(notificationsOfStatusChange(each, kitchen)).toEqual(notificationsOfStatusChange(each, NO_AUDIENCE));
    }
    expect(OrderStatusV1.options.filter((to) => kitchenHearsOf({ to }))).toEqual(['PLACED']);
  });

  it('tell the kitchen (owner and staff, once each) of a new order when it is PLACED, and the customer of the payment', () => {
    const drafts = notificationsOfStatusChange(change({ from: 'AWAITING_PAYMENT', to: 'PLACED', paymentStatus: 'PAID' }), {
      ownerId: OWNER,
      staffIds: [STAFF, OWNER],
    });
    expect(drafts.map((d) => [d.recipientId, d.kind, d.title])).toEqual([
      [CUSTOMER, 'PAYMENT', 'Payment received for order #A1B2'],
      [OWNER, 'NEW_ORDER', 'New order #A1B2'],
      [STAFF, 'NEW_ORDER', 'New order #A1B2'],
    ]);
  });

  it('tell of the payment of a scheduled order when it is scheduled, and of nothing paid when it reaches the kitchen later', () => {
    const [scheduled] = notificationsOfStatusChange(change({ from: 'AWAITING_PAYMENT', to: 'SCHEDULED', paymentStatus: 'PAID' }), kitchen);
    expect(scheduled).toMatchObject({
      kind: 'PAYMENT',
      title: 'Payment received for order #A1B2',
      body: expect.stringMatching(/scheduled/),
    });
    const released = notificationsOfStatusChange(change({ from: 'SCHEDULED', to: 'PLACED', paymentStatus: 'PAID' }), kitchen);
    expect(released.map((d) => [d.recipientId, d.kind, d.title])).toEqual([
      [CUSTOMER, 'ORDER_STATUS', 'Order #A1B2 sent to the restaurant'],
      [OWNER, 'NEW_ORDER', 'New order #A1B2'],
      [STAFF, 'NEW_ORDER', 'New order #A1B2'],
    ]);
  });

  it('say a cash order reaching the kitchen is placed, not paid', () => {
    const [customer] = notificationsOfStatusChange(change({ to: 'PLACED', paymentStatus: 'NOT_REQUIRED' }), kitchen);
    expect(customer).toMatchObject({ kind: 'ORDER_STATUS', title: 'Order #A1B2 sent to the restaurant' });
  });

  it('give the reason of a rejection, and tell no kitchen of anything but new orders', () => {
    expect(notificationsOfStatusChange(change({ from: 'PLACED', to: 'REJECTED', reason: 'Out of soup' }), kitchen)).toEqual([
      expect.objectContaining({
        recipientId: CUSTOMER,
        title: 'Order #A1B2 rejected',
        body: expect.stringContaining('Reason: Out of soup'),
      }),
    ]);
  });

  it('tell the customer of a pick-up order to come for it, and that it was collected', () => {
    const pickup = (from: 'PREPARING' | 'READY_FOR_PICKUP', to: 'READY_FOR_PICKUP' | 'DELIVERED') =>
      notificationsOfStatusChange(change({ from, to, actorKind: 'OWNER', fulfilment: 'PICKUP' }), kitchen)[0];
    expect(pickup('PREPARING', 'READY_FOR_PICKUP')).toMatchObject({
      title: 'Order #A1B2 is ready',
      body: 'Your food is ready: collect it at the counter.',
    });
    expect(pickup('READY_FOR_PICKUP', 'DELIVERED')).toMatchObject({ title: 'Order #A1B2 collected' });
    // A delivery, and an event from before pick-up orders (no fulfilment), still wait for the courier.
    for (const fulfilment of ['DELIVERY', undefined] as const)
      expect(notificationsOfStatusChange(change({ from: 'PREPARING', to: 'READY_FOR_PICKUP', fulfilment }), kitchen)[0]).toMatchObject({
        body: 'Your food is ready and waiting for the courier.',
      });
  });

  it('still word a status this version has no line for', () => {
    const onHold = change({ to: 'ON_HOLD' as EventData<'orders.order.status_changed'>['to'] });
    expect(notificationsOfStatusChange(onHold, kitchen)[0]).toMatchObject({ title: 'Order #A1B2: on hold', body: '' });
  });

  it('leave the kitchen out while the restaurant is unknown', () => {
    const drafts = notificationsOfStatusChange(change({ to: 'PLACED' }), { ownerId: null, staffIds: [] });
    expect(drafts.map((d) => d.recipientId)).toEqual([CUSTOMER]);
  });
});

describe('money and deliveries', () => {
  it('tell the customer of a refund with its amount', () => {
    const [refund] = notificationsOfRefund({
      orderId: ORDER,
      number: 'A1B2',
      customerId: CUSTOMER,
      restaurantId: RESTAURANT,
      amount: 1250,
      currency: 'EUR',
      paymentReference: 'pay-1',
      refundReference: 'ref-1',
      superseded: false,
      at: AT,
    });
    expect(refund).toMatchObject({ recipientId: CUSTOMER, kind: 'PAYMENT', body: '12.50 EUR is on its way back to you.' });
  });

  it('tell the courier of an offer even before the order is known here', () => {
    const offer = {
      deliveryId: ORDER,
      orderId: ORDER,
      offerId: ORDER,
      courierId: ORDER,
      courierUserId: COURIER_USER,
      expiresAt: AT,
      at: AT,
    };
    expect(notificationsOfOffer(offer, null)[0]).toMatchObject({
      recipientId: COURIER_USER,
      title: 'New delivery offer: an order',
      restaurantId: null,
    });
    expect(notificationsOfOffer(offer, order)[0]).toMatchObject({ title: 'New delivery offer: order #A1B2', restaurantId: RESTAURANT });
  });

  it('tell the customer a courier is coming, with the promised time, only when the order is known', () => {
    const assigned = {
      deliveryId: ORDER,
      orderId: ORDER,
      courierId: ORDER,
      courierUserId: COURIER_USER,
      etaAt: '2026-12-03T12:34:00Z',
      at: AT,
    };
    expect(notificationsOfAssignment(assigned, null)).toEqual([]);
    expect(notificationsOfAssignment(assigned, order)[0]).toMatchObject({
      recipientId: CUSTOMER,
      kind: 'DELIVERY_STATUS',
      body: 'Expected at your door around 12:34 UTC.',
    });
  });

  it('tell an assigned courier of a cancelled delivery, and nobody when none was assigned', () => {
    const cancelled = {
      deliveryId: ORDER,
      orderId: ORDER,
      status: 'CANCELLED' as const,
      courierId: null,
      courierUserId: null,
      reason: null,
      at: AT,
    };
    expect(notificationsOfDeliveryCancelled(cancelled, order)).toEqual([]);
    expect(notificationsOfDeliveryCancelled({ ...cancelled, courierUserId: COURIER_USER }, order)[0]).toMatchObject({
      recipientId: COURIER_USER,
      title: 'Delivery of order #A1B2 cancelled',
    });
  });
});

describe('restaurants and reviews', () => {
  const snapshot = (status: EventData<'menu.restaurant.changed'>['status']): EventData<'menu.restaurant.changed'> => ({
    restaurantId: RESTAURANT,
    revision: 2,
    ownerId: OWNER,
    name: 'Bell Bistro',
    status,
    acceptingOrders: true,
    openingHours: [],
    timeZone: 'UTC',
    address: { line1: 'x', line2: null, city: 'y', postalCode: 'z', location: null },
    currency: 'EUR',
    deliveryFee: 0,
    minimumOrder: 0,
  });
  const admins = ['admin-1', 'admin-2'];
  const told = (status: Parameters<typeof snapshot>[0], previous: Parameters<typeof snapshot>[0] | null) =>
    notificationsOfRestaurantChange(snapshot(status), previous, admins).map((d) => [d.recipientId, d.title]);

  it('tell every admin of a restaurant waiting for approval', () => {
    expect(told('PENDING_APPROVAL', null)).toEqual([
      ['admin-1', 'Bell Bistro is waiting for approval'],
      ['admin-2', 'Bell Bistro is waiting for approval'],
    ]);
  });

  it('tell the owner of approval, suspension and reinstatement, and nobody of other changes', () => {
    expect(told('ACTIVE', 'PENDING_APPROVAL')).toEqual([[OWNER, 'Bell Bistro is approved']]);
    expect(told('SUSPENDED', 'ACTIVE')).toEqual([[OWNER, 'Bell Bistro is suspended']]);
    expect(told('ACTIVE', 'SUSPENDED')).toEqual([[OWNER, 'Bell Bistro is active again']]);
    expect(told('ACTIVE', 'ACTIVE')).toEqual([]);
    expect(told('ACTIVE', null)).toEqual([]);
  });

  it("tell the owner of a new review, once the restaurant's owner is known", () => {
    const review = {
      reviewId: ORDER,
      orderId: ORDER,
      authorId: CUSTOMER,
      restaurantId: RESTAURANT,
      restaurantRating: 4,
      courierId: null,
      courierRating: null,
      at: AT,
    };
    expect(notificationsOfReview(review, null)).toEqual([]);
    expect(notificationsOfReview(review, OWNER)[0]).toMatchObject({ recipientId: OWNER, kind: 'REVIEW', title: 'New 4-star review' });
  });
});

describe('the platform', () => {
  it('tells every admin of a dead letter, with a bounded reason and its public id', () => {
    const drafts = notificationsOfDeadLetter(
      {
        deadLetterId: 'orders:0190a000-0000-7000-8000-000000000009',
        subgraph: 'orders',
        consumer: 'orders-saga',
        eventType: null,
        eventId: null,
        reason: 'x'.repeat(500),
        attempts: 5,
        at: AT,
      },
      ['admin-1', 'admin-2'],
    );
    expect(drafts.map((d) => [d.recipientId, d.kind, d.title])).toEqual([
      ['admin-1', 'SYSTEM', 'Dead letter in orders: an unreadable message'],
      ['admin-2', 'SYSTEM', 'Dead letter in orders: an unreadable message'],
    ]);
    expect(drafts[0].body).toBe(
      `orders-saga gave up after 5 attempt(s): ${'x'.repeat(299)}… (orders:0190a000-0000-7000-8000-000000000009)`,
    );
  });
});

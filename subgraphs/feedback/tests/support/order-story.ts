import { uuidv7 } from '@foodgraph/platform/ids';
import { STATUSES_THAT_DECIDE } from '../../src/domain/eligibility';
import type { FeedbackHarness, UserIdentity } from './feedback-harness';
import { user } from './feedback-harness';
import { ok, SUBMIT, type ReviewResult } from './operations';

/** A restaurant as menu announced it, with its owner. */
export interface Venue {
  restaurantId: string;
  owner: UserIdentity;
}

/** A courier as delivery knows them: the Courier id and their user account. */
export interface CourierAccount {
  courierId: string;
  userId: string;
}

/** An order as orders announced it. */
export interface PlacedOrder {
  orderId: string;
  customer: UserIdentity;
  restaurantId: string;
}

const ADDRESS = { line1: 'Main Street 1', line2: null, city: 'Ghent', postalCode: '9000', location: { lat: 51.05, lng: 3.72 } };
const STEPS = ['PENDING', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP'] as const;

/** Publishes `menu.restaurant.changed` for a new restaurant and waits until feedback knows its owner. */
export async function openVenue(h: FeedbackHarness): Promise<Venue> {
  const venue = { restaurantId: uuidv7(), owner: user('PARTNER') };
  await h.publish('menu.restaurant.changed', {
    restaurantId: venue.restaurantId,
    revision: 1,
    ownerId: venue.owner.userId,
    name: 'Chez Test',
    status: 'ACTIVE',
    acceptingOrders: true,
    openingHours: [],
    timeZone: 'Europe/Brussels',
    address: ADDRESS,
    currency: 'EUR',
    deliveryFee: 250,
    minimumOrder: 1000,
  });
  await h.waitFor(
    async () => (await h.dataSource.query('SELECT 1 FROM restaurant_owners WHERE restaurant_id = $1', [venue.restaurantId])).length > 0,
    'the restaurant owner read model',
  );
  return venue;
}

export function newCourier(): CourierAccount {
  return { courierId: uuidv7(), userId: uuidv7() };
}

/** Publishes `orders.order.placed` and the status changes up to PICKED_UP (or `until`). */
export async function placeOrder(
  h: FeedbackHarness,
  customer: UserIdentity,
  restaurantId: string,
  until: (typeof STEPS)[number] = 'PICKED_UP',
): Promise<PlacedOrder> {
  const order = { orderId: uuidv7(), customer, restaurantId };
  await h.publish('orders.order.placed', {
    orderId: order.orderId,
    number: 'A-001',
    customerId: customer.userId,
    restaurantId,
    stockVersion: 1,
    lines: [{ lineId: uuidv7(), menuItemId: uuidv7(), name: 'Soup', quantity: 1, unitPrice: 1200 }],
    currency: 'EUR',
    subtotal: 1200,
    deliveryFee: 250,
    total: 1450,
    paymentMethod: 'CASH_ON_DELIVERY',
    deliveryAddress: ADDRESS,
    notes: null,
    placedAt: new Date().toISOString(),
  });
  for (let i = 1; i <= STEPS.indexOf(until); i++) await changeStatus(h, order, STEPS[i - 1], STEPS[i]);
  // Feedback records only the statuses that decide a review; the others leave the order PENDING
  // there (and are handled in order before anything published after them).
  const recorded = STATUSES_THAT_DECIDE.has(until) ? until : 'PENDING';
  await waitForFacts(h, order.orderId, (row) => row['status'] === recorded);
  return order;
}

/** Publishes one `orders.order.status_changed`. */
export async function changeStatus(
  h: FeedbackHarness,
  order: PlacedOrder,
  from: string,
  to: string,
  actor: { kind: 'CUSTOMER' | 'OWNER' | 'ADMIN' | 'SYSTEM' | 'DELIVERY'; id: string | null } = { kind: 'SYSTEM', id: null },
): Promise<void> {
  await h.publish('orders.order.status_changed', {
    orderId: order.orderId,
    number: 'A-001',
    customerId: order.customer.userId,
    restaurantId: order.restaurantId,
    from: from as never,
    to: to as never,
    reason: null,
    actorKind: actor.kind,
    actorId: actor.id,
    paymentStatus: 'NOT_REQUIRED',
    estimatedReadyAt: null,
    at: new Date().toISOString(),
  });
}

/** Publishes delivery's `delivery.delivery.delivered` for the order. */
export async function deliveryDelivered(h: FeedbackHarness, order: PlacedOrder, courier: CourierAccount): Promise<void> {
  await h.publish('delivery.delivery.delivered', {
    deliveryId: uuidv7(),
    orderId: order.orderId,
    courierId: courier.courierId,
    courierUserId: courier.userId,
    at: new Date().toISOString(),
  });
}

/**
 * The whole story up to delivery: placed, cooked, picked up, delivered by `courier` (delivery's
 * event, then orders' DELIVERED) — or, with `courier: null`, marked DELIVERED by an admin with
 * no courier involved. Waits until feedback's read model has it.
 */
export async function deliveredOrder(
  h: FeedbackHarness,
  customer: UserIdentity,
  restaurantId: string,
  courier: CourierAccount | null = newCourier(),
): Promise<PlacedOrder> {
  const order = await placeOrder(h, customer, restaurantId);
  if (courier) {
    await deliveryDelivered(h, order, courier);
    await changeStatus(h, order, 'PICKED_UP', 'DELIVERED', { kind: 'DELIVERY', id: courier.userId });
  } else {
    await changeStatus(h, order, 'PICKED_UP', 'DELIVERED', { kind: 'ADMIN', id: uuidv7() });
  }
  await waitForFacts(h, order.orderId, (row) => row['status'] === 'DELIVERED' && (courier === null || row['courier_id'] !== null));
  return order;
}

/** Waits until the order's row in the read model satisfies `ready`. */
export async function waitForFacts(h: FeedbackHarness, orderId: string, ready: (row: Record<string, unknown>) => boolean): Promise<void> {
  await h.waitFor(async () => {
    const rows = await h.dataSource.query<Record<string, unknown>[]>('SELECT * FROM order_facts WHERE order_id = $1', [orderId]);
    return rows.length > 0 && ready(rows[0]);
  }, `order ${orderId} in the read model`);
}

/** Submits a review that must succeed and returns it. */
export async function reviewOrder(
  h: FeedbackHarness,
  order: PlacedOrder,
  ratings: { restaurantRating: number; courierRating?: number | null; comment?: string | null },
): Promise<ReviewResult> {
  return ok(await h.call<{ submitReview: ReviewResult }>(order.customer, SUBMIT, { input: { orderId: order.orderId, ...ratings } }))
    .submitReview;
}

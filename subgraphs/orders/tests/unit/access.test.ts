import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { ADMIN_ONLY, caller, outcomeOf } from '@foodgraph/testing/policy';
import { ActorKind } from '../../src/domain/order-status';
import {
  assertCanConfirmSandboxPayment,
  assertCanPlaceOrder,
  assertCanReadCustomerOrders,
  assertCanReadOrder,
  assertCanReadRestaurantOrders,
  assertCanWatchKitchen,
  assertSignedInReader,
  canReadOrder,
  customerActor,
  orderViewOf,
  ownerMatters,
  customerOrAdminActor,
  kitchenActor,
  assertCanReadAdminConsole,
} from '../../src/services/access';

/** The orders subgraph's policy, guard by guard: who may do what with an order. */

const customer = caller('CUSTOMER', 'customer-1');
const otherCustomer = caller('CUSTOMER', 'customer-2');
const owner = caller('PARTNER', 'owner-1');
const otherPartner = caller('PARTNER', 'owner-2');
const courier = caller('COURIER', 'courier-1');
const otherCourier = caller('COURIER', 'courier-2');
const admin = caller('ADMIN', 'admin-1');
const kitchenStaff = caller('STAFF', 'staff-1');
const otherStaff = caller('STAFF', 'staff-2');

/** Whether the caller works in the kitchen of the order's restaurant (the read model's answer). */
const worksHere = (identity: Identity) => identity.kind === 'user' && identity.userId === kitchenStaff.userId;

const order = { customerId: 'customer-1', courierUserId: 'courier-1' };
const ownerId = 'owner-1';
const sandbox = { name: 'sandbox', simulates: true };

/** The error code a guard throws, or 'ALLOWED'. */
function verdict(guard: () => unknown): string {
  try {
    guard();
    return 'ALLOWED';
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
}

const callers: Array<[string, Identity]> = [
  ['anonymous', ANONYMOUS],
  ["the order's customer", customer],
  ['another customer', otherCustomer],
  ["the restaurant's owner", owner],
  ['another partner', otherPartner],
  ['the assigned courier', courier],
  ['another courier', otherCourier],
  ['an admin', admin],
  ["the restaurant's kitchen staff", kitchenStaff],
  ["another restaurant's kitchen staff", otherStaff],
];

/** Expected verdicts in the order of `callers`. */
const policy: Array<[string, (identity: Identity) => unknown, string[]]> = [
  [
    'looks orders up (myOrders, order by id)',
    (i) => assertSignedInReader(i),
    ['UNAUTHENTICATED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED'],
  ],
  [
    'places an order',
    (i) => assertCanPlaceOrder(i),
    ['UNAUTHENTICATED', 'ALLOWED', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    'sees the order',
    (i) => assertCanReadOrder(i, order, ownerId, new Date(), worksHere(i)),
    ['UNAUTHENTICATED', 'ALLOWED', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'ALLOWED', 'ALLOWED', 'FORBIDDEN'],
  ],
  [
    "sees the customer's order list",
    (i) => assertCanReadCustomerOrders(i, order.customerId),
    ['UNAUTHENTICATED', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    "sees the restaurant's order history (Restaurant.orders)",
    (i) => assertCanReadRestaurantOrders(i, ownerId),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    "watches the restaurant's kitchen (kitchen queue and live feed)",
    (i) => assertCanWatchKitchen(i, ownerId, worksHere(i)),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'ALLOWED', 'FORBIDDEN'],
  ],
  [
    'cancels the order',
    (i) => customerOrAdminActor(i, order),
    ['UNAUTHENTICATED', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    'confirms a sandbox payment',
    (i) => assertCanConfirmSandboxPayment(i, order, sandbox),
    ['UNAUTHENTICATED', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    'changes the lines',
    (i) => customerActor(i, order),
    ['UNAUTHENTICATED', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ],
  [
    'accepts, rejects and cooks the order',
    (i) => kitchenActor(i, ownerId, worksHere(i)),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ALLOWED', 'FORBIDDEN'],
  ],
];

describe('orders access policy', () => {
  describe.each(policy)('who %s', (_what, guard, expected) => {
    it.each(callers.map(([who, identity], index) => [who, identity, expected[index]] as const))('%s: %s', (_who, identity, outcome) => {
      expect(verdict(() => guard(identity))).toBe(outcome);
    });
  });

  it('lets the read predicate filter without throwing', () => {
    expect(canReadOrder(ANONYMOUS, order, ownerId)).toBe(false);
    expect(canReadOrder(otherCustomer, order, ownerId)).toBe(false);
    expect(canReadOrder(courier, order, ownerId)).toBe(true);
    expect(canReadOrder(admin, order, null)).toBe(true);
  });

  it('treats a restaurant the read model does not know as owned by no one', () => {
    expect(verdict(() => kitchenActor(owner, null))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanReadRestaurantOrders(owner, null))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanReadRestaurantOrders(admin, null))).toBe('ALLOWED');
    expect(canReadOrder(owner, order, null)).toBe(false);
  });

  it("lets only STAFF accounts in as kitchen staff, and only the restaurant's", () => {
    expect(verdict(() => kitchenActor(customer, ownerId, true))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanWatchKitchen(otherPartner, ownerId, true))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanWatchKitchen(kitchenStaff, null, true))).toBe('ALLOWED');
    expect(orderViewOf(kitchenStaff, order, ownerId, new Date(), true)).toBe('FULL');
    expect(orderViewOf(kitchenStaff, order, ownerId, new Date(), false)).toBeNull();
  });

  it('gives no one a courier before one is assigned', () => {
    expect(canReadOrder(courier, { ...order, courierUserId: null }, ownerId)).toBe(false);
  });

  it('lets the offered courier read the order only while the offer is open and nobody is assigned, without payment details', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const offered = { ...order, courierUserId: null, offeredCourierUserId: 'courier-2', offerExpiresAt: new Date('2026-01-01T12:00:30Z') };
    expect(orderViewOf(otherCourier, offered, ownerId, now)).toBe('COURIER');
    expect(orderViewOf(courier, offered, ownerId, now)).toBeNull();
    expect(orderViewOf(otherCourier, offered, ownerId, new Date('2026-01-01T12:00:30Z'))).toBeNull();
    expect(orderViewOf(otherCourier, { ...offered, courierUserId: 'courier-1' }, ownerId, now)).toBeNull();
    expect(orderViewOf(courier, order, ownerId, now)).toBe('COURIER');
    expect(orderViewOf(customer, order, ownerId, now)).toBe('FULL');
    expect(orderViewOf(owner, order, ownerId, now)).toBe('FULL');
    expect(orderViewOf(admin, order, null, now)).toBe('FULL');
  });

  it('looks the owner up only for callers whose view the owner can change', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const callers = [customer, otherCustomer, owner, otherPartner, courier, otherCourier, admin, kitchenStaff, ANONYMOUS];
    for (const identity of callers) {
      // Skipping the lookup is safe only when every owner (or none) gives the same view.
      const views = [null, 'owner-1', identity.kind === 'user' ? identity.userId : null].map((id) => orderViewOf(identity, order, id, now));
      if (!ownerMatters(identity, order)) expect(new Set(views).size).toBe(1);
    }
    expect(ownerMatters(customer, order)).toBe(false);
    expect(ownerMatters(admin, order)).toBe(false);
    expect(ownerMatters(ANONYMOUS, order)).toBe(false);
    expect(ownerMatters(owner, order)).toBe(true);
    expect(ownerMatters(courier, order)).toBe(true);
  });

  it('names the actor each move is recorded under', () => {
    expect(customerOrAdminActor(customer, order)).toEqual({ kind: ActorKind.Customer, userId: 'customer-1' });
    expect(customerOrAdminActor(admin, order)).toEqual({ kind: ActorKind.Admin, userId: 'admin-1' });
    expect(customerActor(customer, order)).toEqual({ kind: ActorKind.Customer, userId: 'customer-1' });
    expect(kitchenActor(owner, ownerId)).toEqual({ kind: ActorKind.Owner, userId: 'owner-1' });
    // Kitchen staff act for the restaurant: OWNER is the restaurant's side, the user id says who.
    expect(kitchenActor(kitchenStaff, ownerId, true)).toEqual({ kind: ActorKind.Owner, userId: 'staff-1' });
  });

  it('refuses to simulate a payment with a real provider, even for an admin', () => {
    const real = { name: 'acme-pay', simulates: false };
    expect(verdict(() => assertCanConfirmSandboxPayment(admin, order, real))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanConfirmSandboxPayment(customer, order, real))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanConfirmSandboxPayment(ANONYMOUS, order, real))).toBe('UNAUTHENTICATED');
  });
});

describe('orders: the admin console (dashboard figures, dead letters)', () => {
  it.each(ADMIN_ONLY)('$who → $expected', ({ identity, expected }) => {
    expect(outcomeOf(() => assertCanReadAdminConsole(identity))).toBe(expected);
  });
});

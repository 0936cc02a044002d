import { ANONYMOUS } from '@foodgraph/platform/auth';
import { ADMIN_ONLY, caller, outcomeOf } from '@foodgraph/testing/policy';
import { OfferStatus } from '../../src/domain/delivery-status';
import {
  assertAdmin,
  assertAssignedCourier,
  assertCanFollowCourier,
  assertCanReadDelivery,
  assertCanSeeEarnings,
  assertOfferedCourier,
  assertSignedIn,
  canReadDelivery,
  canSeeCourierLocation,
  courierOf,
  isCourierSelfOrAdmin,
  type DeliveryAudience,
  assertCanReadAdminConsole,
} from '../../src/services/access';

/** The delivery subgraph's policy, guard by guard: who may do what with couriers and deliveries. */

const customer = caller('CUSTOMER', 'customer-1');
const otherCustomer = caller('CUSTOMER', 'customer-2');
const owner = caller('PARTNER', 'owner-1');
const otherPartner = caller('PARTNER', 'owner-2');
const courierUser = caller('COURIER', 'courier-user-1');
const offeredUser = caller('COURIER', 'courier-user-2');
const otherCourierUser = caller('COURIER', 'courier-user-3');
const admin = caller('ADMIN', 'admin-1');

/** The profile of `courierUser`, and of the courier the delivery is offered to. */
const courier = { id: 'courier-1', userId: 'courier-user-1' };
const offeredCourier = { id: 'courier-2', userId: 'courier-user-2' };

const audience: DeliveryAudience = {
  customerId: 'customer-1',
  ownerId: 'owner-1',
  courierUserId: 'courier-user-1',
  offeredUserId: 'courier-user-2',
};

/** The error code a guard throws, or 'ALLOWED'. */
function verdict(guard: () => unknown): string {
  try {
    guard();
    return 'ALLOWED';
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
}

describe('delivery access policy', () => {
  it('lets only admins manage couriers and list them', () => {
    expect(verdict(() => assertAdmin(admin))).toBe('ALLOWED');
    for (const who of [customer, owner, courierUser]) expect(verdict(() => assertAdmin(who))).toBe('FORBIDDEN');
    expect(verdict(() => assertAdmin(ANONYMOUS))).toBe('UNAUTHENTICATED');
  });

  it('asks every courier action and reader to be signed in', () => {
    expect(verdict(() => assertSignedIn(customer))).toBe('ALLOWED');
    expect(verdict(() => assertSignedIn(ANONYMOUS))).toBe('UNAUTHENTICATED');
  });

  it('lets a user act as a courier only with their own courier profile', () => {
    expect(courierOf(courierUser, courier)).toBe(courier);
    expect(verdict(() => courierOf(customer, null))).toBe('FORBIDDEN');
    expect(verdict(() => courierOf(otherCourierUser, courier))).toBe('FORBIDDEN');
    expect(verdict(() => courierOf(ANONYMOUS, null))).toBe('UNAUTHENTICATED');
  });

  it('lets only the courier holding an open offer accept or decline it', () => {
    const offer = { courierId: 'courier-2', status: OfferStatus.Pending };
    expect(assertOfferedCourier(offeredUser, offer, offeredCourier)).toBe(offer);
    expect(verdict(() => assertOfferedCourier(courierUser, null, courier))).toBe('FORBIDDEN');
    expect(verdict(() => assertOfferedCourier(courierUser, offer, courier))).toBe('FORBIDDEN');
    expect(verdict(() => assertOfferedCourier(otherCourierUser, offer, offeredCourier))).toBe('FORBIDDEN');
    for (const status of [OfferStatus.Accepted, OfferStatus.Declined, OfferStatus.Expired, OfferStatus.Withdrawn])
      expect(verdict(() => assertOfferedCourier(offeredUser, { ...offer, status }, offeredCourier))).toBe('FORBIDDEN');
  });

  it('lets only the assigned courier pick up and drop off', () => {
    const delivery = { courierId: 'courier-1' };
    expect(verdict(() => assertAssignedCourier(courierUser, delivery, courier))).toBe('ALLOWED');
    expect(verdict(() => assertAssignedCourier(offeredUser, delivery, offeredCourier))).toBe('FORBIDDEN');
    expect(verdict(() => assertAssignedCourier(offeredUser, { courierId: null }, offeredCourier))).toBe('FORBIDDEN');
    expect(verdict(() => assertAssignedCourier(otherCourierUser, delivery, courier))).toBe('FORBIDDEN');
  });

  it.each([
    ['the customer', true, customer],
    ['the restaurant owner', true, owner],
    ['the assigned courier', true, courierUser],
    ['the courier it is offered to', true, offeredUser],
    ['an admin', true, admin],
    ['another customer', false, otherCustomer],
    ['another partner', false, otherPartner],
    ['another courier', false, otherCourierUser],
    ['an anonymous caller', false, ANONYMOUS],
  ])('%s may see a delivery: %s', (_who, allowed, identity) => {
    expect(canReadDelivery(identity, audience)).toBe(allowed);
    expect(verdict(() => assertCanReadDelivery(identity, audience))).toBe(
      allowed ? 'ALLOWED' : identity.kind === 'user' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    );
  });

  it('shows a delivery with no known audience to no one', () => {
    expect(canReadDelivery(admin, undefined)).toBe(false);
    expect(verdict(() => assertCanReadDelivery(customer, undefined))).toBe('FORBIDDEN');
  });

  it("keeps a courier's private fields and earnings to the courier and admins", () => {
    expect(isCourierSelfOrAdmin(courierUser, courier)).toBe(true);
    expect(isCourierSelfOrAdmin(admin, courier)).toBe(true);
    for (const who of [otherCourierUser, customer, owner, ANONYMOUS]) expect(isCourierSelfOrAdmin(who, courier)).toBe(false);
    expect(verdict(() => assertCanSeeEarnings(courierUser, courier))).toBe('ALLOWED');
    expect(verdict(() => assertCanSeeEarnings(admin, courier))).toBe('ALLOWED');
    expect(verdict(() => assertCanSeeEarnings(otherCourierUser, courier))).toBe('FORBIDDEN');
  });

  it("shows a courier's position to themself, admins and those waiting for their current delivery", () => {
    expect(canSeeCourierLocation(courierUser, courier, null)).toBe(true);
    expect(canSeeCourierLocation(admin, courier, null)).toBe(true);
    expect(canSeeCourierLocation(customer, courier, audience)).toBe(true);
    expect(canSeeCourierLocation(owner, courier, audience)).toBe(true);
    expect(canSeeCourierLocation(customer, courier, null)).toBe(false);
    expect(canSeeCourierLocation(otherCustomer, courier, audience)).toBe(false);
  });

  it("lets only the order's customer and admins follow its courier on the map", () => {
    const order = { customerId: 'customer-1' };
    expect(verdict(() => assertCanFollowCourier(customer, order))).toBe('ALLOWED');
    expect(verdict(() => assertCanFollowCourier(admin, order))).toBe('ALLOWED');
    expect(verdict(() => assertCanFollowCourier(owner, order))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanFollowCourier(courierUser, order))).toBe('FORBIDDEN');
    expect(verdict(() => assertCanFollowCourier(ANONYMOUS, order))).toBe('UNAUTHENTICATED');
  });
});

describe('delivery: the admin console (dashboard figures, dead letters)', () => {
  it.each(ADMIN_ONLY)('$who → $expected', ({ identity, expected }) => {
    expect(outcomeOf(() => assertCanReadAdminConsole(identity))).toBe(expected);
  });
});

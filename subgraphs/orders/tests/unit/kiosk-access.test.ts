import { caller, kioskCaller, outcomeOf } from '@foodgraph/testing/policy';
import {
  assertCanConfirmSandboxPayment,
  assertCanPlaceOrder,
  assertCanReadCustomerOrders,
  assertCanReadOrder,
  assertCanReadRestaurantOrders,
  assertCanUseBasket,
  assertCanWatchKitchen,
  assertSignedInReader,
  customerActor,
  customerOrAdminActor,
  orderViewOf,
} from '../../src/services/access';

/** What a kiosk session (`identifyCustomer`) may do with orders: place, pay and follow its own, nothing else. */

const kiosk = kioskCaller('customer-1', 'kiosk-1');
const sameCustomerOtherKiosk = kioskCaller('customer-1', 'kiosk-2');
const inSession = { customerId: 'customer-1', courierUserId: null, kioskSessionId: 'kiosk-1' };
const signedInOrder = { customerId: 'customer-1', courierUserId: null, kioskSessionId: null };
const sandbox = { name: 'sandbox', simulates: true };
const now = new Date();

describe('a kiosk session in the orders policy', () => {
  it('places orders for its customer, marking them with the session; a signed-in customer places without one', () => {
    expect(assertCanPlaceOrder(kiosk)).toEqual({ userId: 'customer-1', kioskSessionId: 'kiosk-1' });
    expect(assertCanPlaceOrder(caller('CUSTOMER', 'customer-1'))).toEqual({ userId: 'customer-1', kioskSessionId: null });
  });

  it('sees and pays the orders placed in it, in full', () => {
    expect(outcomeOf(() => assertSignedInReader(kiosk))).toBe('ok');
    expect(orderViewOf(kiosk, inSession, 'owner-1', now)).toBe('FULL');
    expect(outcomeOf(() => assertCanReadOrder(kiosk, inSession, 'owner-1', now))).toBe('ok');
    expect(outcomeOf(() => assertCanConfirmSandboxPayment(kiosk, inSession, sandbox))).toBe('ok');
  });

  it("is refused the customer's other orders, also those of another kiosk session", () => {
    for (const [who, order] of [
      [kiosk, signedInOrder],
      [sameCustomerOtherKiosk, inSession],
      [kiosk, { ...inSession, customerId: 'customer-2' }],
    ] as const) {
      expect(orderViewOf(who, order, 'owner-1', now)).toBeNull();
      expect(outcomeOf(() => assertCanReadOrder(who, order, 'owner-1', now))).toBe('FORBIDDEN');
      expect(outcomeOf(() => assertCanConfirmSandboxPayment(who, order, sandbox))).toBe('FORBIDDEN');
    }
  });

  it('may not read history, cancel, change lines, use the basket or watch a kitchen', () => {
    expect(outcomeOf(() => assertCanReadCustomerOrders(kiosk, 'customer-1'))).toBe('FORBIDDEN');
    expect(outcomeOf(() => customerOrAdminActor(kiosk, inSession))).toBe('FORBIDDEN');
    expect(outcomeOf(() => customerActor(kiosk, inSession))).toBe('FORBIDDEN');
    expect(outcomeOf(() => assertCanUseBasket(kiosk))).toBe('FORBIDDEN');
    expect(outcomeOf(() => assertCanWatchKitchen(kiosk, 'customer-1', false))).toBe('FORBIDDEN');
    expect(outcomeOf(() => assertCanReadRestaurantOrders(kiosk, 'customer-1'))).toBe('FORBIDDEN');
  });
});

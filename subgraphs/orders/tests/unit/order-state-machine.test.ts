import { canTransition, confirmedStatus, isBeforeAcceptance, isTerminal, nextStatuses } from '../../src/domain/order-state-machine';
import { ActorKind, Fulfilment, ORDER_STATUSES, OrderStatus } from '../../src/domain/order-status';

const customer = { kind: ActorKind.Customer };
const owner = { kind: ActorKind.Owner };
const admin = { kind: ActorKind.Admin };
const system = { kind: ActorKind.System };
const delivery = { kind: ActorKind.Delivery };

describe('order state machine', () => {
  it('walks the happy path of a QR order with the right actor at each step', () => {
    expect(canTransition('PENDING', 'AWAITING_PAYMENT', system)).toBe(true);
    expect(canTransition('AWAITING_PAYMENT', 'PLACED', system)).toBe(true);
    expect(canTransition('PLACED', 'ACCEPTED', owner)).toBe(true);
    expect(canTransition('ACCEPTED', 'PREPARING', owner)).toBe(true);
    expect(canTransition('PREPARING', 'READY_FOR_PICKUP', owner)).toBe(true);
    expect(canTransition('READY_FOR_PICKUP', 'PICKED_UP', delivery)).toBe(true);
    expect(canTransition('PICKED_UP', 'DELIVERED', delivery)).toBe(true);
  });

  it('lets cash orders skip the payment', () => {
    expect(canTransition('PENDING', 'PLACED', system)).toBe(true);
  });

  it('lets the customer cancel until the restaurant accepted, not after', () => {
    for (const from of ['PENDING', 'AWAITING_PAYMENT', 'PLACED'] as const) expect(canTransition(from, 'CANCELLED', customer)).toBe(true);
    for (const from of ['ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP'] as const)
      expect(canTransition(from, 'CANCELLED', customer)).toBe(false);
  });

  it('lets an admin cancel any order that is not finished', () => {
    for (const from of ORDER_STATUSES) expect(canTransition(from, 'CANCELLED', admin)).toBe(!isTerminal(from));
  });

  it('keeps the restaurant to accepting, rejecting and cooking', () => {
    expect(canTransition('PLACED', 'REJECTED', owner)).toBe(true);
    expect(canTransition('PENDING', 'ACCEPTED', owner)).toBe(false);
    expect(canTransition('AWAITING_PAYMENT', 'ACCEPTED', owner)).toBe(false);
    expect(canTransition('PLACED', 'CANCELLED', owner)).toBe(false);
    expect(canTransition('ACCEPTED', 'READY_FOR_PICKUP', owner)).toBe(false);
    expect(canTransition('READY_FOR_PICKUP', 'PICKED_UP', owner)).toBe(false);
  });

  it('refuses anyone but the platform the stock, payment and timeout moves', () => {
    expect(canTransition('PENDING', 'AWAITING_PAYMENT', customer)).toBe(false);
    expect(canTransition('AWAITING_PAYMENT', 'PLACED', customer)).toBe(false);
    expect(canTransition('PENDING', 'REJECTED', owner)).toBe(false);
    expect(canTransition('AWAITING_PAYMENT', 'CANCELLED', system)).toBe(true);
    expect(canTransition('PLACED', 'REJECTED', system)).toBe(true);
  });

  it('lets a courier collect an order the kitchen forgot to mark ready', () => {
    expect(canTransition('PREPARING', 'PICKED_UP', delivery)).toBe(true);
    expect(canTransition('ACCEPTED', 'PICKED_UP', delivery)).toBe(true);
    expect(canTransition('PLACED', 'PICKED_UP', delivery)).toBe(false);
    expect(canTransition('READY_FOR_PICKUP', 'DELIVERED', delivery)).toBe(false);
  });

  it('never leaves a final status', () => {
    for (const from of [OrderStatus.Delivered, OrderStatus.Cancelled, OrderStatus.Rejected]) {
      for (const actor of [customer, owner, admin, system, delivery]) expect(nextStatuses(from, actor)).toEqual([]);
    }
  });

  it("sends a changed order back to PENDING only at the customer's request before acceptance", () => {
    expect(canTransition('AWAITING_PAYMENT', 'PENDING', customer)).toBe(true);
    expect(canTransition('PLACED', 'PENDING', customer)).toBe(true);
    expect(canTransition('ACCEPTED', 'PENDING', customer)).toBe(false);
    expect(isBeforeAcceptance('PLACED')).toBe(true);
    expect(isBeforeAcceptance('ACCEPTED')).toBe(false);
  });

  it('lists what an owner may do with a PLACED order', () => {
    expect(nextStatuses('PLACED', owner).sort()).toEqual(['ACCEPTED', 'REJECTED']);
  });

  it('holds a scheduled order SCHEDULED until the platform sends it to the kitchen; its customer may cancel it there', () => {
    expect(confirmedStatus({ scheduledFor: new Date() })).toBe('SCHEDULED');
    expect(confirmedStatus({ scheduledFor: null })).toBe('PLACED');
    expect(canTransition('PENDING', 'SCHEDULED', system)).toBe(true);
    expect(canTransition('AWAITING_PAYMENT', 'SCHEDULED', system)).toBe(true);
    expect(nextStatuses('SCHEDULED', system)).toEqual(['PLACED']);
    expect(nextStatuses('SCHEDULED', customer)).toEqual(['CANCELLED']);
    expect(nextStatuses('SCHEDULED', owner)).toEqual([]);
    expect(canTransition('SCHEDULED', 'PENDING', customer)).toBe(false);
    expect(isBeforeAcceptance('SCHEDULED')).toBe(true);
  });

  it('lets the restaurant hand over a pick-up order when it is ready, and keeps couriers and hand-overs to their own kind of order', () => {
    const { Pickup, Delivery } = Fulfilment;
    expect(nextStatuses('READY_FOR_PICKUP', owner, Pickup)).toEqual(['DELIVERED']);
    expect(nextStatuses('READY_FOR_PICKUP', owner, Delivery)).toEqual([]);
    expect(nextStatuses('READY_FOR_PICKUP', owner)).toEqual([]);
    for (const from of ['ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'] as const) {
      expect(canTransition(from, 'PICKED_UP', delivery, Pickup)).toBe(false);
      expect(canTransition(from, 'PICKED_UP', delivery, Delivery)).toBe(true);
    }
    expect(canTransition('PICKED_UP', 'DELIVERED', delivery, Pickup)).toBe(false);
    // Only ready food is handed over; everything else a pick-up order does is a delivery's.
    expect(canTransition('PREPARING', 'DELIVERED', owner, Pickup)).toBe(false);
    expect(canTransition('PLACED', 'ACCEPTED', owner, Pickup)).toBe(true);
    expect(canTransition('READY_FOR_PICKUP', 'CANCELLED', admin, Pickup)).toBe(true);
    expect(canTransition('PLACED', 'CANCELLED', customer, Pickup)).toBe(true);
  });
});

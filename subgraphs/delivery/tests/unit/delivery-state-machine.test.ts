import { ErrorCode } from '@foodgraph/platform/errors';
import { CourierStatus, DeliveryStatus, OfferStatus } from '../../src/domain/delivery-status';
import {
  CourierAction,
  DeliveryAction,
  DeliveryActor,
  isOfferExpired,
  moveCourier,
  moveDelivery,
  moveOffer,
  nextCourierStatus,
  nextDeliveryStatus,
  nextOfferStatus,
} from '../../src/domain/delivery-state-machine';

const ACTORS = Object.values(DeliveryActor);

/** Every allowed cell as `STATE ACTION ACTOR → NEXT`; every cell not listed is refused. */
type Cells = Record<string, string>;

/** Runs `next` over every (state, action, actor) and compares with `allowed`. */
function everyCell<S extends string, A extends string>(
  states: readonly S[],
  actions: readonly A[],
  next: (from: S, action: A, actor: DeliveryActor) => S | null,
): Cells {
  const cells: Cells = {};
  for (const state of states)
    for (const action of actions)
      for (const actor of ACTORS) {
        const to = next(state, action, actor);
        if (to !== null) cells[`${state} ${action} ${actor}`] = to;
      }
  return cells;
}

describe('delivery state machine', () => {
  it('allows exactly these delivery moves, by these actors (every other cell is refused)', () => {
    expect(everyCell(Object.values(DeliveryStatus), Object.values(DeliveryAction), nextDeliveryStatus)).toEqual({
      'AWAITING_COURIER OFFER SYSTEM': 'AWAITING_COURIER',
      'AWAITING_COURIER ACCEPT COURIER': 'ASSIGNED',
      'AWAITING_COURIER END_WITH_ORDER SYSTEM': 'CANCELLED',
      'ASSIGNED PICK_UP COURIER': 'PICKED_UP',
      'ASSIGNED END_WITH_ORDER SYSTEM': 'CANCELLED',
      'PICKED_UP DELIVER COURIER': 'DELIVERED',
      'PICKED_UP END_WITH_ORDER SYSTEM': 'FAILED',
    });
  });

  it('allows exactly these offer moves, by these actors (only a PENDING offer moves)', () => {
    expect(everyCell(Object.values(OfferStatus), ['ACCEPT', 'DECLINE', 'EXPIRE', 'WITHDRAW'] as const, nextOfferStatus)).toEqual({
      'PENDING ACCEPT COURIER': 'ACCEPTED',
      'PENDING DECLINE COURIER': 'DECLINED',
      'PENDING EXPIRE SYSTEM': 'EXPIRED',
      'PENDING WITHDRAW SYSTEM': 'WITHDRAWN',
      'PENDING WITHDRAW COURIER': 'WITHDRAWN',
      'PENDING WITHDRAW ADMIN': 'WITHDRAWN',
    });
  });

  it('allows exactly these courier moves, by these actors', () => {
    expect(everyCell(Object.values(CourierStatus), Object.values(CourierAction), nextCourierStatus)).toEqual({
      'OFFLINE GO_ONLINE COURIER': 'AVAILABLE',
      'OFFLINE GO_OFFLINE COURIER': 'OFFLINE',
      'OFFLINE REMOVE ADMIN': 'OFFLINE',
      'AVAILABLE GO_ONLINE COURIER': 'AVAILABLE',
      'AVAILABLE GO_OFFLINE COURIER': 'OFFLINE',
      'AVAILABLE TAKE_DELIVERY COURIER': 'ON_DELIVERY',
      'AVAILABLE REMOVE ADMIN': 'OFFLINE',
      'ON_DELIVERY GO_ONLINE COURIER': 'ON_DELIVERY',
      'ON_DELIVERY FINISH_DELIVERY COURIER': 'AVAILABLE',
      'ON_DELIVERY FINISH_DELIVERY SYSTEM': 'AVAILABLE',
    });
  });

  it('walks a delivery from waiting to delivered with the courier at each step', () => {
    let status: DeliveryStatus = DeliveryStatus.AwaitingCourier;
    for (const action of [DeliveryAction.Accept, DeliveryAction.PickUp, DeliveryAction.Deliver])
      status = moveDelivery(status, action, DeliveryActor.Courier);
    expect(status).toBe(DeliveryStatus.Delivered);
  });

  it('cancels a delivery whose order ends before pick-up, and fails it after', () => {
    expect(moveDelivery('AWAITING_COURIER', 'END_WITH_ORDER', 'SYSTEM')).toBe('CANCELLED');
    expect(moveDelivery('ASSIGNED', 'END_WITH_ORDER', 'SYSTEM')).toBe('CANCELLED');
    expect(moveDelivery('PICKED_UP', 'END_WITH_ORDER', 'SYSTEM')).toBe('FAILED');
  });

  it('refuses a delivery move with INVALID_STATE_TRANSITION naming where the action leads', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => moveDelivery('PICKED_UP', 'ACCEPT', 'COURIER'))).toMatchObject({
      message: 'Cannot move delivery from PICKED_UP to ASSIGNED',
      extensions: { code: ErrorCode.InvalidStateTransition, from: 'PICKED_UP', to: 'ASSIGNED' },
    });
    expect(refusal(() => moveDelivery('AWAITING_COURIER', 'PICK_UP', 'COURIER'))).toMatchObject({
      message: 'Cannot move delivery from AWAITING_COURIER to PICKED_UP',
    });
    expect(refusal(() => moveDelivery('ASSIGNED', 'DELIVER', 'COURIER'))).toMatchObject({
      message: 'Cannot move delivery from ASSIGNED to DELIVERED',
    });
    expect(refusal(() => moveCourier('ON_DELIVERY', 'GO_OFFLINE', 'COURIER'))).toMatchObject({
      message: 'Cannot move courier from ON_DELIVERY to OFFLINE',
      extensions: { code: ErrorCode.InvalidStateTransition, from: 'ON_DELIVERY', to: 'OFFLINE' },
    });
    expect(refusal(() => moveOffer('ACCEPTED', 'DECLINE', 'COURIER'))).toMatchObject({
      message: 'Cannot move offer from ACCEPTED to DECLINED',
    });
  });

  it('refuses a move that exists but belongs to someone else', () => {
    expect(nextDeliveryStatus('ASSIGNED', 'PICK_UP', 'ADMIN')).toBeNull();
    expect(nextDeliveryStatus('ASSIGNED', 'END_WITH_ORDER', 'COURIER')).toBeNull();
    expect(nextOfferStatus('PENDING', 'EXPIRE', 'COURIER')).toBeNull();
    expect(nextCourierStatus('AVAILABLE', 'REMOVE', 'COURIER')).toBeNull();
  });

  it('expires an offer at its expiry time, not before', () => {
    const offer = { expiresAt: new Date(1_000) };
    expect(isOfferExpired(offer, new Date(999))).toBe(false);
    expect(isOfferExpired(offer, new Date(1_000))).toBe(true);
  });
});

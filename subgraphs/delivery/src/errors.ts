import { CodedError, ErrorCode } from '@foodgraph/platform/errors';

/**
 * The courier tried to pick up food the kitchen has not marked READY_FOR_PICKUP: the delivery
 * cannot move from ASSIGNED to PICKED_UP yet. Carries the order's status for the client.
 */
export class OrderNotReadyError extends CodedError {
  constructor(orderStatus: string) {
    super(`The order is not ready for pickup yet (it is ${orderStatus})`, ErrorCode.InvalidStateTransition, {
      from: 'ASSIGNED',
      to: 'PICKED_UP',
      orderStatus,
    });
  }
}

import { uuidv7 } from '@foodgraph/platform/ids';
import type { EntityManager } from 'typeorm';
import { DeadlineKind } from '../entities/deadline.entity';

/**
 * Adds a durable timer for `orderId`, in the caller's transaction. `paymentReference` names
 * the payment a REFUND is for when it is not the order's current one.
 */
export async function scheduleDeadline(
  manager: EntityManager,
  orderId: string,
  kind: DeadlineKind,
  dueAt: Date,
  paymentReference: string | null = null,
): Promise<void> {
  await manager.query('INSERT INTO deadlines (id, order_id, kind, due_at, attempts, payment_reference) VALUES ($1, $2, $3, $4, 0, $5)', [
    uuidv7(),
    orderId,
    kind,
    dueAt,
    paymentReference,
  ]);
}

/**
 * Retires the order's pending timeouts when it leaves the state they guard. Without this an
 * old PAYMENT_TIMEOUT could cancel an order that went back to AWAITING_PAYMENT after a lines
 * change, or release a cancelled SCHEDULED order to the kitchen; the poller re-checks the status
 * too, but a retired row is not even claimed.
 */
export async function retireTimeouts(manager: EntityManager, orderId: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE deadlines SET fired_at = $2, outcome = 'OBSOLETE'
     WHERE order_id = $1 AND fired_at IS NULL AND kind IN ($3, $4, $5)`,
    [orderId, at, DeadlineKind.PaymentTimeout, DeadlineKind.AcceptTimeout, DeadlineKind.ScheduledRelease],
  );
}

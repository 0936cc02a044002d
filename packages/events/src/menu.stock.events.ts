import { z } from 'zod';

/*
 * Menu's answers in the order saga (see orders-events.ts). Menu keeps one reservation per
 * order, decrements stock atomically (never below zero; `stock: null` means unlimited and is
 * always reservable) and answers every `orders.order.placed` / `orders.order.lines_changed`
 * exactly once with one of these, echoing the `stockVersion` it answered.
 */

const stockLine = z.object({ menuItemId: z.uuid(), quantity: z.number().int().min(1) });

/** All lines of the order's `stockVersion` are reserved. */
export const StockReservedV1 = z.object({
  orderId: z.uuid(),
  stockVersion: z.number().int().positive(),
  lines: z.array(stockLine),
});
export type StockReservedV1 = z.infer<typeof StockReservedV1>;

/**
 * Nothing was reserved for that `stockVersion` (and, for a lines change, the previous
 * reservation was released). `reason` is shown to the customer as the rejection reason;
 * `items` names what was short: `available` is what was left (null = the item is gone or
 * switched off).
 */
export const StockRejectedV1 = z.object({
  orderId: z.uuid(),
  stockVersion: z.number().int().positive(),
  reason: z.string(),
  items: z.array(
    z.object({ menuItemId: z.uuid(), requested: z.number().int().min(1), available: z.number().int().nonnegative().nullable() }),
  ),
});
export type StockRejectedV1 = z.infer<typeof StockRejectedV1>;

/** A held reservation went back to stock because the order was cancelled or rejected. */
export const StockReleasedV1 = z.object({
  orderId: z.uuid(),
  stockVersion: z.number().int().positive(),
  lines: z.array(stockLine),
});
export type StockReleasedV1 = z.infer<typeof StockReleasedV1>;

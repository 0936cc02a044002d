import { z } from 'zod';
import { address } from './shared-shapes';

/* `menu.restaurant.*`: restaurants as the menu subgraph publishes them. */

const openingHours = z.object({ dayOfWeek: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() });

/**
 * The whole restaurant as it is now (a snapshot, not a diff): consumers keep read models by
 * upserting it, and `revision` (incremented on every change) lets them ignore a stale one.
 */
export const RestaurantChangedV1 = z.object({
  restaurantId: z.uuid(),
  revision: z.number().int().nonnegative(),
  ownerId: z.uuid(),
  name: z.string(),
  status: z.enum(['PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED']),
  /** The partner's open/closed switch (opening hours apply on top of it). */
  acceptingOrders: z.boolean(),
  openingHours: z.array(openingHours),
  timeZone: z.string(),
  address,
  currency: z.string().length(3),
  deliveryFee: z.number().int().nonnegative(),
  minimumOrder: z.number().int().nonnegative(),
});
export type RestaurantChangedV1 = z.infer<typeof RestaurantChangedV1>;

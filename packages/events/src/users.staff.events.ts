import { z } from 'zod';

/*
 * `users.staff.*`: who works in which restaurant's kitchen. The users subgraph owns kitchen
 * staff (it creates their accounts, so a password never travels); menu and orders keep read
 * models of the memberships for their guards. `revision` grows with every change of one
 * (restaurant, user) membership, so a consumer keeps the newest and ignores a stale redelivery
 * whichever of added/removed it is.
 */

/** A STAFF user now works at a restaurant (a new account, or one of the owner's staff added to another of their restaurants). */
export const StaffAddedV1 = z.object({
  restaurantId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  revision: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
});
export type StaffAddedV1 = z.infer<typeof StaffAddedV1>;

/** A STAFF user no longer works at a restaurant: their access to its kitchen ends at once. */
export const StaffRemovedV1 = z.object({
  restaurantId: z.uuid(),
  userId: z.uuid(),
  revision: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
});
export type StaffRemovedV1 = z.infer<typeof StaffRemovedV1>;

import { z } from 'zod';

/* `menu.item.*`: menu items as the menu subgraph publishes them. */

/** The whole menu item as it is now; `deleted` marks its removal. */
export const ItemChangedV1 = z.object({
  itemId: z.uuid(),
  revision: z.number().int().nonnegative(),
  restaurantId: z.uuid(),
  name: z.string(),
  price: z.number().int().positive(),
  currency: z.string().length(3),
  available: z.boolean(),
  stock: z.number().int().nonnegative().nullable(),
  deleted: z.boolean(),
});
export type ItemChangedV1 = z.infer<typeof ItemChangedV1>;

import { ok, user, type MenuHarness } from './menu-harness';
import { APPROVE, CREATE_ITEM, CREATE_RESTAURANT, DELETE_ITEM, restaurantInput } from './menu-operations';

/** An approved restaurant and its owner, made through the API. */
export interface SeededRestaurant {
  restaurantId: string;
  owner: ReturnType<typeof user>;
  /** Adds an item; `stock` null or absent = unlimited. */
  addItem(name: string, options?: { stock?: number | null; available?: boolean }): Promise<string>;
  deleteItem(id: string): Promise<void>;
}

export async function seedRestaurant(menu: MenuHarness, name = 'Pho Hanoi'): Promise<SeededRestaurant> {
  const owner = user('PARTNER');
  const restaurantId = ok(await menu.query(owner, CREATE_RESTAURANT, { input: restaurantInput({ name }) })).createRestaurant.id;
  ok(await menu.query(user('ADMIN'), APPROVE, { id: restaurantId }));
  return {
    restaurantId,
    owner,
    async addItem(itemName, options = {}) {
      const input = { restaurantId, name: itemName, price: 500, stock: options.stock ?? null, available: options.available ?? true };
      return ok(await menu.query(owner, CREATE_ITEM, { input })).createMenuItem.id;
    },
    async deleteItem(id) {
      ok(await menu.query(owner, DELETE_ITEM, { id }));
    },
  };
}

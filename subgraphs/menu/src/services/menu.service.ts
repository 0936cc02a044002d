import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, NotFoundError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { categoryPosition, parseId } from '../domain/input-rules';
import {
  validateCategoryName,
  validateMenuItemPatch,
  validateNewMenuItem,
  type MenuItemPatchDraft,
  type NewMenuItemDraft,
} from '../domain/menu-item-rules';
import { MenuCategoryEntity } from '../entities/menu-category.entity';
import { MenuItemEntity } from '../entities/menu-item.entity';
import { RestaurantEntity } from '../entities/restaurant.entity';
import { itemChanged } from '../events/menu-event-publisher';
import { assertCanEditMenuItem, assertCanManageRestaurant, assertSignedIn } from './access';
import { worksInKitchen } from './kitchen-staff.read-model';

/** A new item as the API takes it: which restaurant and category, plus the item itself. */
export interface NewMenuItemRequest extends NewMenuItemDraft {
  restaurantId: string;
  categoryId?: string | null | undefined;
}

export interface MenuItemPatchRequest extends MenuItemPatchDraft {
  categoryId?: string | null | undefined;
}

/**
 * Writes to a restaurant's menu. Item writes lock the item row, bump its revision and record
 * `menu.item.changed` in the outbox in the same transaction.
 */
export class MenuService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly relay: OutboxNudger,
  ) {}

  /** Adds a category; without a position it goes after the last one. */
  async createCategory(
    identity: Identity,
    restaurantId: string,
    name: string,
    position: number | null | undefined,
  ): Promise<MenuCategoryEntity> {
    assertSignedIn(identity);
    return this.dataSource.transaction(async (manager) => {
      // The restaurant row lock serializes "append at the end" against concurrent appends.
      const restaurant = await lockRestaurant(manager, restaurantId);
      assertCanManageRestaurant(identity, restaurant);
      const validName = validateCategoryName(name);
      let at = position ?? null;
      if (at === null) {
        const row = await manager
          .createQueryBuilder(MenuCategoryEntity, 'c')
          .select('MAX(c.position)', 'max')
          .where('c.restaurant_id = :id', { id: restaurant.id })
          .getRawOne<{ max: number | null }>();
        at = row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
      }
      const now = this.clock();
      const category = Object.assign(new MenuCategoryEntity(), {
        // Ids take real time, not the injected clock, so they stay creation-ordered in tests too.
        id: uuidv7(),
        restaurantId: restaurant.id,
        name: validName,
        position: categoryPosition(at, 'position'),
        createdAt: now,
      } satisfies MenuCategoryEntity);
      await manager.insert(MenuCategoryEntity, category);
      return category;
    });
  }

  /** Renames and/or moves a category; a field left out (null) keeps its value. */
  async updateCategory(
    identity: Identity,
    rawId: string,
    patch: { name?: string | null | undefined; position?: number | null | undefined },
  ): Promise<MenuCategoryEntity> {
    assertSignedIn(identity);
    const id = parseId(rawId, 'id');
    return this.dataSource.transaction(async (manager) => {
      const category = await lockCategory(manager, id);
      assertCanManageRestaurant(identity, await manager.findOneByOrFail(RestaurantEntity, { id: category.restaurantId }));
      if (patch.name !== null && patch.name !== undefined) category.name = validateCategoryName(patch.name);
      if (patch.position !== null && patch.position !== undefined) category.position = categoryPosition(patch.position, 'position');
      await manager.save(MenuCategoryEntity, category);
      return category;
    });
  }

  /**
   * Removes a category; its items stay on the menu, uncategorized. Each moved item gets a new
   * revision and its `menu.item.changed` in the same transaction, so every read model keyed on
   * item revisions (orders') sees the move in order with the item's other changes.
   */
  async deleteCategory(identity: Identity, rawId: string, origin: ChangeOrigin): Promise<void> {
    assertSignedIn(identity);
    const id = parseId(rawId, 'id');
    await withOutbox(this.dataSource, this.relay, async (manager, emit) => {
      const category = await lockCategory(manager, id);
      assertCanManageRestaurant(identity, await manager.findOneByOrFail(RestaurantEntity, { id: category.restaurantId }));
      const now = this.clock();
      // Deleted items move too (the foreign key would null them anyway); only live ones are announced.
      const items = await manager.find(MenuItemEntity, { where: { categoryId: id }, lock: { mode: 'pessimistic_write' } });
      for (const item of items) {
        item.categoryId = null;
        if (item.deletedAt) continue;
        item.revision += 1;
        item.updatedAt = now;
      }
      await manager.save(MenuItemEntity, items);
      for (const item of items) if (!item.deletedAt) emit(itemChanged(item, origin, now));
      await manager.delete(MenuCategoryEntity, { id });
    });
  }

  /** Adds an item to the restaurant's menu, in the restaurant's currency. */
  async createItem(identity: Identity, request: NewMenuItemRequest, origin: ChangeOrigin): Promise<MenuItemEntity> {
    assertSignedIn(identity);
    const restaurantId = parseId(request.restaurantId, 'input.restaurantId');
    return withOutbox(this.dataSource, this.relay, async (manager, emit) => {
      const restaurant = await manager.findOneBy(RestaurantEntity, { id: restaurantId });
      if (!restaurant) throw new NotFoundError('Restaurant', restaurantId);
      assertCanManageRestaurant(identity, restaurant);
      const valid = validateNewMenuItem(request);
      const categoryId = await checkCategory(manager, request.categoryId ?? null, restaurant.id);
      const now = this.clock();
      const item = Object.assign(new MenuItemEntity(), {
        id: uuidv7(),
        restaurantId: restaurant.id,
        categoryId,
        ...valid,
        currency: restaurant.currency,
        revision: 1,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      } satisfies MenuItemEntity);
      await manager.insert(MenuItemEntity, item);
      emit(itemChanged(item, origin, now));
      return item;
    });
  }

  /**
   * Changes the given fields of an item; moving it to another category keeps it in the same
   * restaurant. Kitchen staff of the restaurant may change its availability and stock.
   */
  async updateItem(identity: Identity, id: string, request: MenuItemPatchRequest, origin: ChangeOrigin): Promise<MenuItemEntity> {
    const changed = Object.entries(request)
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    const authorize = async (manager: EntityManager, restaurant: RestaurantEntity) => {
      const worksThere = identity.kind === 'user' && (await worksInKitchen(manager, restaurant.id, identity.userId));
      assertCanEditMenuItem(identity, restaurant, worksThere, changed);
    };
    return this.changeItem(
      identity,
      id,
      origin,
      async (manager, item) => {
        const patch = validateMenuItemPatch(request);
        Object.assign(item, patch);
        if (request.categoryId !== undefined) item.categoryId = await checkCategory(manager, request.categoryId, item.restaurantId);
      },
      authorize,
    );
  }

  /** Removes an item from the menu (kept for past orders) and announces it with `deleted: true`. */
  async deleteItem(identity: Identity, id: string, origin: ChangeOrigin): Promise<void> {
    await this.changeItem(identity, id, origin, async (_manager, item) => {
      item.deletedAt = this.clock();
    });
  }

  private async changeItem(
    identity: Identity,
    rawId: string,
    origin: ChangeOrigin,
    apply: (manager: EntityManager, item: MenuItemEntity) => Promise<void>,
    authorize = async (_manager: EntityManager, restaurant: RestaurantEntity) => assertCanManageRestaurant(identity, restaurant),
  ): Promise<MenuItemEntity> {
    assertSignedIn(identity);
    const id = parseId(rawId, 'id');
    return withOutbox(this.dataSource, this.relay, async (manager, emit) => {
      const item = await manager.findOne(MenuItemEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item || item.deletedAt) throw new NotFoundError('Menu item', id);
      const restaurant = await manager.findOneByOrFail(RestaurantEntity, { id: item.restaurantId });
      await authorize(manager, restaurant);
      await apply(manager, item);
      item.revision += 1;
      item.updatedAt = this.clock();
      await manager.save(MenuItemEntity, item);
      emit(itemChanged(item, origin, item.updatedAt));
      return item;
    });
  }
}

async function lockRestaurant(manager: EntityManager, rawId: string): Promise<RestaurantEntity> {
  const id = parseId(rawId, 'restaurantId');
  const restaurant = await manager.findOne(RestaurantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!restaurant) throw new NotFoundError('Restaurant', id);
  return restaurant;
}

async function lockCategory(manager: EntityManager, id: string): Promise<MenuCategoryEntity> {
  const category = await manager.findOne(MenuCategoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!category) throw new NotFoundError('Menu category', id);
  return category;
}

/** A category id from the input must name a category of the same restaurant. */
async function checkCategory(manager: EntityManager, categoryId: string | null, restaurantId: string): Promise<string | null> {
  if (categoryId === null) return null;
  const id = parseId(categoryId, 'input.categoryId');
  const category = await manager.findOneBy(MenuCategoryEntity, { id });
  if (!category || category.restaurantId !== restaurantId) {
    throw new BadUserInputError('input.categoryId', 'categoryId must name a category of the same restaurant');
  }
  return category.id;
}

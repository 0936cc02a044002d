import { createBatchLoader, groupBy, type BatchLoader } from '@foodgraph/platform/graphql';
import { isUuid } from '@foodgraph/platform/ids';
import { In, IsNull, type DataSource } from 'typeorm';
import { MenuCategoryEntity } from '../entities/menu-category.entity';
import { MenuItemEntity } from '../entities/menu-item.entity';
import { RestaurantEntity } from '../entities/restaurant.entity';

/**
 * The per-request loaders behind reference and field resolvers: resolving 50 restaurant
 * references or the menus of a page of 20 restaurants costs one `IN` query per kind.
 */
export interface MenuLoaders {
  restaurant: BatchLoader<string, RestaurantEntity | null>;
  /** Includes deleted items: past orders still refer to them. */
  item: BatchLoader<string, MenuItemEntity | null>;
  category: BatchLoader<string, MenuCategoryEntity | null>;
  /** Ordered by position, then creation. */
  categoriesOfRestaurant: BatchLoader<string, MenuCategoryEntity[]>;
  /** Live (not deleted) items, in menu order. */
  itemsOfRestaurant: BatchLoader<string, MenuItemEntity[]>;
  itemsOfCategory: BatchLoader<string, MenuItemEntity[]>;
  /** Every restaurant of an owner, oldest first. */
  restaurantsOfOwner: BatchLoader<string, RestaurantEntity[]>;
  /** Drops every cached row; mutations call it so their result is read fresh. */
  clearAll(): void;
}

export function createMenuLoaders(dataSource: DataSource): MenuLoaders {
  const restaurants = dataSource.getRepository(RestaurantEntity);
  const items = dataSource.getRepository(MenuItemEntity);
  const categories = dataSource.getRepository(MenuCategoryEntity);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  // Keys come from clients (references, arguments): a malformed one must not fail the batch's
  // SQL for everyone, so it resolves to "missing"; upper-case spellings find the stored id.
  const loader = <V>(fetch: (ids: string[]) => Promise<Map<string, V>>, missing: V) =>
    createBatchLoader(async (keys: readonly string[]) => {
      const valid = keys.filter(isUuid);
      if (valid.length === 0) return new Map<string, V>();
      const found = await fetch([...new Set(valid.map((k) => k.toLowerCase()))]);
      return new Map(valid.filter((k) => found.has(k.toLowerCase())).map((k) => [k, found.get(k.toLowerCase()) as V]));
    }, missing);

  const loaders = {
    restaurant: loader(async (ids) => byId(await restaurants.findBy({ id: In(ids) })), null),
    item: loader(async (ids) => byId(await items.findBy({ id: In(ids) })), null),
    category: loader(async (ids) => byId(await categories.findBy({ id: In(ids) })), null),
    categoriesOfRestaurant: loader(async (ids) => {
      const rows = await categories.find({ where: { restaurantId: In(ids) }, order: { position: 'ASC', id: 'ASC' } });
      return groupBy(rows, (c) => c.restaurantId);
    }, [] as MenuCategoryEntity[]),
    itemsOfRestaurant: loader(async (ids) => {
      // Menu order: by category position (uncategorized last), then creation order.
      const rows = await items
        .createQueryBuilder('i')
        .leftJoin(MenuCategoryEntity, 'c', 'c.id = i.category_id')
        .where('i.restaurant_id IN (:...ids)', { ids })
        .andWhere('i.deleted_at IS NULL')
        .orderBy('c.position', 'ASC', 'NULLS LAST')
        .addOrderBy('i.id', 'ASC')
        .getMany();
      return groupBy(rows, (i) => i.restaurantId);
    }, [] as MenuItemEntity[]),
    itemsOfCategory: loader(async (ids) => {
      const rows = await items.find({ where: { categoryId: In(ids), deletedAt: IsNull() }, order: { id: 'ASC' } });
      return groupBy(rows, (i) => i.categoryId as string);
    }, [] as MenuItemEntity[]),
    restaurantsOfOwner: loader(async (ids) => {
      const rows = await restaurants.find({ where: { ownerId: In(ids) }, order: { id: 'ASC' } });
      return groupBy(rows, (r) => r.ownerId);
    }, [] as RestaurantEntity[]),
  };
  return {
    ...loaders,
    clearAll() {
      for (const loader of Object.values(loaders)) loader.clear();
    },
  };
}

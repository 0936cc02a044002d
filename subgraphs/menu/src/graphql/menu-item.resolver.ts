import { Money } from '@foodgraph/platform/graphql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../domain/input-rules';
import { isItemAvailable } from '../domain/menu-item-rules';
import type { MenuCategoryEntity } from '../entities/menu-category.entity';
import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { RestaurantEntity } from '../entities/restaurant.entity';
import { canSeeRestaurant } from '../services/access';
import type { MenuContext } from './context';
import { MenuCategory } from './types/menu-category.type';
import { MenuItem } from './types/menu-item.type';
import { Restaurant } from './types/restaurant.type';

/** Reads of menu items and the fields computed from an item row. */
@Resolver(() => MenuItem)
export class MenuItemResolver {
  @Query(() => MenuItem, { nullable: true, description: 'A menu item by id, visible like its restaurant; null once deleted.' })
  async menuItem(
    @Arg('id', () => ID, { description: "The item's id." }) id: string,
    @Ctx() ctx: MenuContext,
  ): Promise<MenuItemEntity | null> {
    const item = await ctx.loaders.item.load(parseId(id, 'id'));
    if (!item || item.deletedAt) return null;
    const restaurant = await ctx.loaders.restaurant.load(item.restaurantId);
    return restaurant && canSeeRestaurant(ctx.identity, restaurant) ? item : null;
  }

  @FieldResolver(() => Restaurant, { description: 'The restaurant whose menu it is on.' })
  async restaurant(@Root() item: MenuItemEntity, @Ctx() ctx: MenuContext): Promise<RestaurantEntity> {
    const restaurant = await ctx.loaders.restaurant.load(item.restaurantId);
    // The foreign key guarantees the row; a miss here is a bug worth a masked error.
    if (!restaurant) throw new Error(`restaurant ${item.restaurantId} of item ${item.id} is missing`);
    return restaurant;
  }

  @FieldResolver(() => MenuCategory, { nullable: true, description: 'The menu section it is listed in, if any.' })
  async category(@Root() item: MenuItemEntity, @Ctx() ctx: MenuContext): Promise<MenuCategoryEntity | null> {
    return item.categoryId ? ctx.loaders.category.load(item.categoryId) : null;
  }

  @FieldResolver(() => Money, { description: "Price of one portion, in the restaurant's currency." })
  price(@Root() item: MenuItemEntity): Money {
    return Money.of(item.price, item.currency);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it can be ordered now: switched on, not sold out (stock 0) and still on the menu.',
  })
  available(@Root() item: MenuItemEntity): boolean {
    return isItemAvailable(item);
  }
}

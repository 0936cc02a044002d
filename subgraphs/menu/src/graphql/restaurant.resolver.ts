import { Address, Money, toConnection } from '@foodgraph/platform/graphql';
import { checkPageSize, decodeCursor } from '@foodgraph/platform/pagination';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../domain/input-rules';
import { isItemAvailable } from '../domain/menu-item-rules';
import { isOpenNow } from '../domain/opening-hours';
import { validateRestaurantFilter } from '../domain/restaurant-filter';
import { RestaurantStatus } from '../domain/restaurant-status';
import type { MenuCategoryEntity } from '../entities/menu-category.entity';
import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { RestaurantEntity } from '../entities/restaurant.entity';
import { canSeeRestaurant, canSeeSuspensionReason } from '../services/access';
import type { MenuContext } from './context';
import { MenuCategory } from './types/menu-category.type';
import { MenuItem } from './types/menu-item.type';
import { RestaurantConnection } from './types/restaurant-connection.type';
import { Restaurant } from './types/restaurant.type';
import { RestaurantsArgs } from './types/restaurants.args';
import { UserReference } from './types/user.type';

/** Public reads of restaurants and the fields computed from a restaurant row. */
@Resolver(() => Restaurant)
export class RestaurantResolver {
  @Query(() => RestaurantConnection, {
    description:
      'Approved (ACTIVE) restaurants, oldest first, optionally filtered. Public; `filter.status` other than ACTIVE is for admins only.',
  })
  async restaurants(
    @Args(() => RestaurantsArgs) { filter, first, after }: RestaurantsArgs,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantConnection> {
    const size = checkPageSize(first ?? 20);
    const afterId = decodeCursor(after);
    const criteria = validateRestaurantFilter(filter);
    const page = await ctx.services.listing.page(ctx.identity, criteria, size, afterId, ctx.services.clock());
    return Object.assign(
      new RestaurantConnection(),
      toConnection(page, (node) => node),
    );
  }

  @Query(() => Restaurant, {
    nullable: true,
    description: 'A restaurant by id: ACTIVE ones for everyone, others only for their owner and admins.',
  })
  async restaurant(
    @Arg('id', () => ID, { description: "The restaurant's id." }) id: string,
    @Ctx() ctx: MenuContext,
  ): Promise<RestaurantEntity | null> {
    const restaurant = await ctx.loaders.restaurant.load(parseId(id, 'id'));
    return restaurant && canSeeRestaurant(ctx.identity, restaurant) ? restaurant : null;
  }

  @FieldResolver(() => Address, { description: 'Where the restaurant is.' })
  address(@Root() r: RestaurantEntity): Address {
    return Object.assign(new Address(), {
      line1: r.addressLine1,
      line2: r.addressLine2,
      city: r.city,
      postalCode: r.postalCode,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    });
  }

  @FieldResolver(() => Boolean, { description: "Open for orders right now: ACTIVE, the partner's switch on, and within opening hours." })
  isOpen(@Root() r: RestaurantEntity, @Ctx() ctx: MenuContext): boolean {
    return r.status === RestaurantStatus.Active && isOpenNow(r.openingHours, r.acceptingOrders, r.timeZone, ctx.services.clock());
  }

  @FieldResolver(() => Money, { description: 'Fee added to every delivery order.' })
  deliveryFee(@Root() r: RestaurantEntity): Money {
    return Money.of(r.deliveryFee, r.currency);
  }

  @FieldResolver(() => Money, { description: 'Smallest order subtotal the restaurant accepts.' })
  minimumOrder(@Root() r: RestaurantEntity): Money {
    return Money.of(r.minimumOrder, r.currency);
  }

  @FieldResolver(() => UserReference, { description: 'The partner who runs the restaurant.' })
  owner(@Root() r: RestaurantEntity): UserReference {
    return Object.assign(new UserReference(), { id: r.ownerId });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why an admin suspended it; only the owner and admins see it, null otherwise.',
  })
  suspensionReason(@Root() r: RestaurantEntity, @Ctx() ctx: MenuContext): string | null {
    return canSeeSuspensionReason(ctx.identity, r) ? r.suspensionReason : null;
  }

  @FieldResolver(() => [MenuCategory], { description: 'Menu sections in display order.' })
  async categories(@Root() r: RestaurantEntity, @Ctx() ctx: MenuContext): Promise<MenuCategoryEntity[]> {
    return ctx.loaders.categoriesOfRestaurant.load(r.id);
  }

  @FieldResolver(() => [MenuItem], { description: 'Every dish on the menu, by category position.' })
  async menu(
    @Root() r: RestaurantEntity,
    @Ctx() ctx: MenuContext,
    @Arg('availableOnly', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Leave out items that cannot be ordered now (switched off or sold out).',
    })
    availableOnly?: boolean | null,
  ): Promise<MenuItemEntity[]> {
    const items = await ctx.loaders.itemsOfRestaurant.load(r.id);
    return availableOnly === false ? items : items.filter(isItemAvailable);
  }
}

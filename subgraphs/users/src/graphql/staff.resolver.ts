import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { UserEntity } from '../entities/user.entity';
import type { UsersContext } from './context';
import { RestaurantRef, restaurantRef } from './types/restaurant-ref.type';
import { StaffMemberInput } from './types/staff-member.input';
import { User } from './types/user.type';

/** Adding and removing kitchen staff, and `Restaurant.staff` (see `StaffService` for why users owns them). */
@Resolver(() => RestaurantRef)
export class StaffResolver {
  @Mutation(() => User, {
    description:
      'Creates a STAFF account working at this restaurant: its owner only (not with an API key). Retrying with the same email and password answers the same user; another account with the email is CONFLICT.',
  })
  async addRestaurantStaff(
    @Arg('restaurantId', () => ID, { description: 'One of your restaurants.' }) restaurantId: string,
    @Arg('input', () => StaffMemberInput, { description: 'The new staff account.' }) input: StaffMemberInput,
    @Ctx() ctx: UsersContext,
  ): Promise<UserEntity> {
    const user = await ctx.services.staff.add(ctx.identity, restaurantId, input, originOfRequest(ctx));
    ctx.viewersStaff.add(user.id);
    return user;
  }

  @Mutation(() => Boolean, {
    description:
      'The user no longer works at the restaurant: its owner or an admin. Their kitchen access ends at once and their open kitchen feeds of it end with FORBIDDEN. True also when they did not work there.',
  })
  removeRestaurantStaff(
    @Arg('restaurantId', () => ID, { description: 'The restaurant.' }) restaurantId: string,
    @Arg('userId', () => ID, { description: 'The staff member.' }) userId: string,
    @Ctx() ctx: UsersContext,
  ): Promise<boolean> {
    return ctx.services.staff.remove(ctx.identity, restaurantId, userId, originOfRequest(ctx));
  }

  @FieldResolver(() => [User], { description: 'Kitchen staff working at this restaurant, by name: its owner and admins.' })
  async staff(@Root() restaurant: RestaurantRef, @Ctx() ctx: UsersContext): Promise<UserEntity[]> {
    const staff = await ctx.services.staff.staffOf(ctx.identity, restaurant.id);
    for (const member of staff) ctx.viewersStaff.add(member.id);
    return staff;
  }
}

/** What this subgraph adds to its own `User` for kitchen staff. */
@Resolver(() => User)
export class UserWorkplacesResolver {
  @FieldResolver(() => [RestaurantRef], {
    description: 'Restaurants this STAFF user works at: all of them for the user themself and admins, an owner sees those of theirs.',
  })
  async worksAt(@Root() user: UserEntity, @Ctx() ctx: UsersContext): Promise<RestaurantRef[]> {
    return (await ctx.services.staff.workplacesOf(ctx.identity, user.id)).map(restaurantRef);
  }
}

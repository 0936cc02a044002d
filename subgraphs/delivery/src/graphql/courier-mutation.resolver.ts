import { GeoPointInput } from '@foodgraph/platform/graphql';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { DeliveryContext } from './context';
import { CreateCourierInput, UpdateCourierArgs } from './types/courier.args';
import { Courier, toCourier } from './types/courier.type';

/** Managing couriers (admins) and a courier's own availability and location. */
@Resolver(() => Courier)
export class CourierMutationResolver {
  @Mutation(() => Courier, { description: 'Creates the courier profile of a COURIER user account (admins). It starts OFFLINE.' })
  async createCourier(
    @Arg('input', () => CreateCourierInput, { description: 'The profile.' }) input: CreateCourierInput,
    @Ctx() ctx: DeliveryContext,
  ): Promise<Courier> {
    return toCourier(await ctx.services.couriers.create(ctx.identity, input));
  }

  @Mutation(() => Courier, { description: "Changes a courier's name or vehicle (admins)." })
  async updateCourier(
    @Args(() => UpdateCourierArgs) { id, name, vehicle }: UpdateCourierArgs,
    @Ctx() ctx: DeliveryContext,
  ): Promise<Courier> {
    return toCourier(await ctx.services.couriers.update(ctx.identity, id, { name, vehicle }));
  }

  @Mutation(() => Boolean, { description: 'Deletes a courier who is not on a delivery (admins); their past deliveries keep them.' })
  async deleteCourier(@Arg('id', () => ID, { description: 'The courier.' }) id: string, @Ctx() ctx: DeliveryContext): Promise<boolean> {
    return ctx.services.couriers.delete(ctx.identity, id);
  }

  @Mutation(() => Courier, {
    description:
      'The signed-in courier starts (true) or stops (false) taking deliveries. Stopping passes an open offer on to another courier.',
  })
  async setCourierAvailability(
    @Arg('available', { description: 'True to receive offers, false to go offline.' }) available: boolean,
    @Ctx() ctx: DeliveryContext,
  ): Promise<Courier> {
    return toCourier(await ctx.services.couriers.setAvailability(ctx.identity, available));
  }

  @Mutation(() => Courier, {
    description:
      "The signed-in courier reports where they are (a few times per second at most). During a delivery the point joins the delivery's trail and updates its ETA.",
  })
  async updateCourierLocation(
    @Arg('location', () => GeoPointInput, { description: 'Where the courier is now.' }) location: GeoPointInput,
    @Ctx() ctx: DeliveryContext,
  ): Promise<Courier> {
    return toCourier(await ctx.services.couriers.updateLocation(ctx.identity, location));
  }
}

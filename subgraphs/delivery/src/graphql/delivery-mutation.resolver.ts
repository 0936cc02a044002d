import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { DeliveryContext } from './context';
import { Delivery, toDelivery } from './types/delivery.type';

const deliveryId = () => Arg('deliveryId', () => ID, { description: 'The delivery.' });

/** What couriers do with deliveries; each returns the delivery as it is afterwards. */
@Resolver(() => Delivery)
export class DeliveryMutationResolver {
  @Mutation(() => Delivery, {
    description: 'The courier it is offered to takes the delivery (ASSIGNED); they are ON_DELIVERY until it ends.',
  })
  async acceptDelivery(@deliveryId() id: string, @Ctx() ctx: DeliveryContext): Promise<Delivery> {
    return toDelivery(await ctx.services.deliveries.accept(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Delivery, { description: 'The courier it is offered to turns it down; it is offered to the next nearest courier.' })
  async declineDelivery(@deliveryId() id: string, @Ctx() ctx: DeliveryContext): Promise<Delivery> {
    return toDelivery(await ctx.services.deliveries.decline(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Delivery, { description: 'The assigned courier has collected the food; allowed once the order is READY_FOR_PICKUP.' })
  async markPickedUp(@deliveryId() id: string, @Ctx() ctx: DeliveryContext): Promise<Delivery> {
    return toDelivery(await ctx.services.deliveries.markPickedUp(ctx.identity, id, originOfRequest(ctx)));
  }

  @Mutation(() => Delivery, { description: 'The assigned courier handed the food to the customer (DELIVERED); the courier is free again.' })
  async markDelivered(@deliveryId() id: string, @Ctx() ctx: DeliveryContext): Promise<Delivery> {
    return toDelivery(await ctx.services.deliveries.markDelivered(ctx.identity, id, originOfRequest(ctx)));
  }
}

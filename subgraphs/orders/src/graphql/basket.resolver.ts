import { originOfRequest } from '@foodgraph/platform/messaging';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { toBasket } from './basket-view';
import type { OrdersContext } from './context';
import { toOrder } from './order-view';
import { Basket } from './types/basket.type';
import { CheckoutInput } from './types/checkout.input';
import { Order } from './types/order.type';

@ArgsType()
class AddToBasketArgs {
  @Field(() => ID, { description: 'The menu item; it must be available, from the same restaurant as the rest of the basket.' })
  menuItemId!: string;

  @Field(() => Int, { description: 'How many to add, 1 to 50 (a line holds at most 50).' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Wishes for this line ("no onions"), up to 500 characters.' })
  notes?: string | null;
}

@ArgsType()
class UpdateBasketLineArgs {
  @Field(() => ID, { description: 'The basket line.' })
  lineId!: string;

  @Field(() => Int, { description: 'The new quantity, 0 to 50; 0 removes the line.' })
  quantity!: number;
}

/** The signed-in customer's basket and its checkout; resolvers only map. */
@Resolver(() => Basket)
export class BasketResolver {
  @Query(() => Basket, { nullable: true, description: "The signed-in customer's basket; null when they have none." })
  async myBasket(@Ctx() ctx: OrdersContext): Promise<Basket | null> {
    const basket = await ctx.services.basket.mine(ctx.identity);
    return basket ? toBasket(basket) : null;
  }

  @Mutation(() => Basket, {
    description:
      "Adds an item to the customer's basket; an item of another restaurant than the basket's is a CONFLICT until it is cleared.",
  })
  async addToBasket(
    @Args(() => AddToBasketArgs) { menuItemId, quantity, notes }: AddToBasketArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<Basket> {
    return toBasket(await ctx.services.basket.add(ctx.identity, menuItemId, quantity, notes));
  }

  @Mutation(() => Basket, { description: 'Sets the quantity of a basket line; 0 removes it.' })
  async updateBasketLine(
    @Args(() => UpdateBasketLineArgs) { lineId, quantity }: UpdateBasketLineArgs,
    @Ctx() ctx: OrdersContext,
  ): Promise<Basket> {
    return toBasket(await ctx.services.basket.updateLine(ctx.identity, lineId, quantity));
  }

  @Mutation(() => Basket, { description: 'Empties the basket: lines, coupon and tip.' })
  async clearBasket(@Ctx() ctx: OrdersContext): Promise<Basket> {
    return toBasket(await ctx.services.basket.clear(ctx.identity));
  }

  @Mutation(() => Basket, {
    description: 'Applies a coupon code to the basket; null removes it. An invalid code is refused naming "code".',
  })
  async applyCoupon(
    @Arg('code', () => String, { nullable: true, description: 'The coupon code (case-insensitive); null removes the coupon.' })
    code: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<Basket> {
    return toBasket(await ctx.services.basket.applyCoupon(ctx.identity, code));
  }

  @Mutation(() => Basket, { description: "Sets the courier's tip in minor units (0 or more)." })
  async setTip(
    @Arg('amount', () => Int, { description: 'The tip in minor units, 0 or more.' }) amount: number,
    @Ctx() ctx: OrdersContext,
  ): Promise<Basket> {
    return toBasket(await ctx.services.basket.setTip(ctx.identity, amount));
  }

  @Mutation(() => Order, {
    description:
      'Places the basket as an order (the rules and idempotency of placeOrder) and empties it; the same idempotencyKey returns the same order.',
  })
  async checkout(
    @Arg('input', () => CheckoutInput, { description: 'Delivery, payment and timing.' }) input: CheckoutInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<Order> {
    return toOrder(await ctx.services.checkout.checkout(ctx.identity, input, originOfRequest(ctx)));
  }
}

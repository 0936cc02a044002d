import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { LineStatus, OrderStatus } from '../../domain/order-status';
import { LineStatusEnum, OrderStatusEnum } from './order-enums';
import { OrderLineInput } from './place-order.input';

/*
 * Argument classes keep multi-argument fields in the contract's argument order (parameter
 * decorators would list them last-to-first).
 */

@ArgsType()
export class OrderPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last order of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class RestaurantOrdersArgs {
  @Field(() => [OrderStatusEnum], { nullable: true, description: 'Only orders in these statuses; all when omitted.' })
  status?: OrderStatus[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last order of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class CancelOrderArgs {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters.' })
  reason?: string | null;
}

@ArgsType()
export class AcceptOrderArgs {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => Int, { description: 'Minutes until it is ready, 1 to 240; sets estimatedReadyAt.' })
  prepMinutes!: number;
}

@ArgsType()
export class RejectOrderArgs {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field({ description: 'Why, shown to the customer (up to 500 characters).' })
  reason!: string;
}

@ArgsType()
export class SetLineStatusArgs {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => ID, { description: 'The line of the order.' })
  lineId!: string;

  @Field(() => LineStatusEnum, { description: 'Its new kitchen status.' })
  status!: LineStatus;
}

@ArgsType()
export class UpdateOrderLinesArgs {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => [OrderLineInput], { description: 'The new lines, replacing all current ones (1 to 50).' })
  lines!: OrderLineInput[];
}

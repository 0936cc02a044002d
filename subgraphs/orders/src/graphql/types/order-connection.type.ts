import { PageInfo } from '@foodgraph/platform/graphql';
import { Field, ObjectType } from 'type-graphql';
import { Order } from './order.type';

@ObjectType({ description: 'An order in a page of orders.' })
export class OrderEdge {
  @Field({ description: 'Pass as `after` to continue after this order.' })
  cursor!: string;

  @Field(() => Order, { description: 'The order.' })
  node!: Order;
}

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The orders of this page.' })
  edges!: OrderEdge[];

  @Field(() => PageInfo, { description: 'Whether more orders follow.' })
  pageInfo!: PageInfo;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Descriptions repeat the owning subgraph's, so composition has nothing to reconcile.

/** The users subgraph's `User`: its key, plus `courierProfile`, which this subgraph contributes. */
@ObjectType('User', { description: 'A person who uses foodgraph: customer (possibly a guest), partner, courier or admin.' })
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID, { description: 'Stable id of the user (UUID).' })
  id!: string;
}

/** The orders subgraph's `Order`: its key, plus `delivery`, which this subgraph contributes. */
@ObjectType('Order', { description: "A customer's order from one restaurant." })
@Directive('@key(fields: "id")')
export class OrderRef {
  @Field(() => ID, { description: 'Unique id of the order.' })
  id!: string;
}

export const userRef = (id: string): UserRef => Object.assign(new UserRef(), { id });
export const orderRef = (id: string): OrderRef => Object.assign(new OrderRef(), { id });

import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Descriptions repeat the owning subgraph's, so composition has nothing to reconcile.

/** The users subgraph's `User`, only referenced as a review's author. */
@ObjectType('User', { description: 'A person who uses foodgraph: customer (possibly a guest), partner, courier or admin.' })
@Directive('@key(fields: "id", resolvable: false)')
export class UserRef {
  @Field(() => ID, { description: 'Stable id of the user (UUID).' })
  id!: string;
}

/** The menu subgraph's `Restaurant`: its key, plus the rating fields this subgraph contributes. */
@ObjectType('Restaurant', { description: 'A restaurant on the platform with its menu, run by a partner.' })
@Directive('@key(fields: "id")')
export class RestaurantRef {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;
}

/** The orders subgraph's `Order`: its key, plus `review`, which this subgraph contributes. */
@ObjectType('Order', { description: "A customer's order from one restaurant." })
@Directive('@key(fields: "id")')
export class OrderRef {
  @Field(() => ID, { description: 'Unique id of the order.' })
  id!: string;
}

/** The delivery subgraph's `Courier`: its key, plus `rating`, which this subgraph contributes. */
@ObjectType('Courier', { description: 'A courier who delivers orders.' })
@Directive('@key(fields: "id")')
export class CourierRef {
  @Field(() => ID, { description: 'Unique id of the courier (UUIDv7).' })
  id!: string;
}

export const userRef = (id: string): UserRef => Object.assign(new UserRef(), { id });
export const restaurantRef = (id: string): RestaurantRef => Object.assign(new RestaurantRef(), { id });
export const orderRef = (id: string): OrderRef => Object.assign(new OrderRef(), { id });
export const courierRef = (id: string): CourierRef => Object.assign(new CourierRef(), { id });

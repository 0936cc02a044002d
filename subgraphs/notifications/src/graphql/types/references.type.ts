import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Descriptions repeat the owning subgraph's, so composition has nothing to reconcile. This
// subgraph adds no field to either: it only hands out their keys.

/** The orders subgraph's `Order`, referenced by the notifications about it. */
@ObjectType('Order', { description: "A customer's order from one restaurant." })
@Directive('@key(fields: "id", resolvable: false)')
export class OrderRef {
  @Field(() => ID, { description: 'Unique id of the order.' })
  id!: string;
}

/** The menu subgraph's `Restaurant`, referenced by the notifications about it. */
@ObjectType('Restaurant', { description: 'A restaurant on the platform with its menu, run by a partner.' })
@Directive('@key(fields: "id", resolvable: false)')
export class RestaurantRef {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;
}

export const orderRef = (id: string): OrderRef => Object.assign(new OrderRef(), { id });
export const restaurantRef = (id: string): RestaurantRef => Object.assign(new RestaurantRef(), { id });

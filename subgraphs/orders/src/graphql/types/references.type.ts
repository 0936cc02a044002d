import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Descriptions repeat the owning subgraph's, so composition has nothing to reconcile.

/** The users subgraph's `User`: its key, plus `orders`, which this subgraph contributes. */
@ObjectType('User', { description: 'A person who uses foodgraph: customer (possibly a guest), partner, courier or admin.' })
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID, { description: 'Stable id of the user (UUID).' })
  id!: string;
}

/** The menu subgraph's `Restaurant`: its key, plus `orders`, which this subgraph contributes. */
@ObjectType('Restaurant', { description: 'A restaurant on the platform with its menu, run by a partner.' })
@Directive('@key(fields: "id")')
export class RestaurantRef {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;
}

/** The menu subgraph's `MenuItem`, only referenced from order lines. */
@ObjectType('MenuItem', { description: "A dish or drink on a restaurant's menu." })
@Directive('@key(fields: "id", resolvable: false)')
export class MenuItemRef {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;
}

export const userRef = (id: string): UserRef => Object.assign(new UserRef(), { id });
export const restaurantRef = (id: string): RestaurantRef => Object.assign(new RestaurantRef(), { id });
export const menuItemRef = (id: string): MenuItemRef => Object.assign(new MenuItemRef(), { id });

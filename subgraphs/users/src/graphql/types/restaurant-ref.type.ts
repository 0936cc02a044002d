import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The menu subgraph's `Restaurant`: its key, plus `staff`, which this subgraph contributes (description as menu's). */
@ObjectType('Restaurant', { description: 'A restaurant on the platform with its menu, run by a partner.' })
@Directive('@key(fields: "id")')
export class RestaurantRef {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;
}

export const restaurantRef = (id: string): RestaurantRef => Object.assign(new RestaurantRef(), { id });

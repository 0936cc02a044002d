import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { RestaurantStatus } from '../../domain/restaurant-status';
import { OpeningHours } from './opening-hours.type';
import { RestaurantStatusEnum } from './restaurant-status.enum';

/**
 * A restaurant. Resolvers receive the `RestaurantEntity` row as the parent value; the fields
 * declared here read straight from it, the computed ones live in `restaurant.resolver.ts`.
 */
@ObjectType('Restaurant', { description: 'A restaurant on the platform with its menu, run by a partner.' })
@Directive('@key(fields: "id")')
export class Restaurant {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free-text description shown on the restaurant page.' })
  description!: string | null;

  @Field(() => [String], { description: 'Cuisines it serves, e.g. ["Vietnamese", "Noodles"].' })
  cuisines!: string[];

  @Field(() => RestaurantStatusEnum, { description: 'Approval status; only ACTIVE restaurants are public.' })
  status!: RestaurantStatus;

  @Field(() => [OpeningHours], { description: "Weekly opening windows in the restaurant's time zone." })
  openingHours!: OpeningHours[];

  @Field({ description: 'IANA time zone the opening hours are meant in, e.g. Europe/Berlin.' })
  timeZone!: string;

  @Field({ description: "The partner's open/closed switch; `isOpen` also needs the opening hours to match." })
  acceptingOrders!: boolean;
}

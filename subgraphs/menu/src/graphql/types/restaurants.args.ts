import { ArgsType, Field, Int } from 'type-graphql';
import { RestaurantFilter } from './restaurant-filter.input';

/*
 * Argument classes keep multi-argument fields in the contract's argument order (parameter
 * decorators would list them last-to-first).
 */

@ArgsType()
export class RestaurantsArgs {
  @Field(() => RestaurantFilter, { nullable: true, description: 'Criteria every returned restaurant matches.' })
  filter?: RestaurantFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last restaurant of the previous page.' })
  after?: string | null;
}

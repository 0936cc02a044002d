import { GeoPointInput } from '@foodgraph/platform/graphql';
import { Field, InputType, Int } from 'type-graphql';

@InputType('RestaurantFilter', { description: 'Narrows the public restaurant listing; all given criteria must match.' })
export class RestaurantFilter {
  @Field(() => String, { nullable: true, description: 'Text to find in the name, description or cuisines (case-insensitive).' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only restaurants serving exactly this cuisine (case-insensitive).' })
  cuisine?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only restaurants open right now; false or null: open or not.' })
  openNow?: boolean | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Only restaurants within `radiusMeters` of this point.' })
  near?: GeoPointInput | null;

  @Field(() => Int, { nullable: true, description: 'Radius for `near` in metres: 1–50000, default 5000.' })
  radiusMeters?: number | null;
}

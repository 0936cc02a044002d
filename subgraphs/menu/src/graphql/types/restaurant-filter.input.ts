import { GeoPointInput } from '@foodgraph/platform/graphql';
import { Field, InputType, Int } from 'type-graphql';
import type { RestaurantStatus } from '../../domain/restaurant-status';
import { RestaurantStatusEnum } from './restaurant-status.enum';

@InputType('RestaurantFilter', { description: 'Narrows the restaurant listing; all given criteria must match.' })
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

  @Field(() => RestaurantStatusEnum, {
    nullable: true,
    description: 'Only restaurants in this status; null means ACTIVE. Any other status is for admins only (FORBIDDEN otherwise).',
  })
  status?: RestaurantStatus | null;
}

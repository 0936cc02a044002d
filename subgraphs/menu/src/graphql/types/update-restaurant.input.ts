import { AddressInput } from '@foodgraph/platform/graphql';
import { Field, InputType, Int } from 'type-graphql';
import { OpeningHoursInput } from './opening-hours.input';

@InputType('UpdateRestaurantInput', { description: 'Changes to a restaurant; omitted fields stay as they are.' })
export class UpdateRestaurantInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null or blank removes it.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the cuisines.' })
  cuisines?: string[] | null;

  @Field(() => AddressInput, { nullable: true, description: 'Replaces the address.' })
  address?: AddressInput | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces every opening window.' })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true, description: 'New delivery fee in minor units.' })
  deliveryFee?: number | null;

  @Field(() => Int, { nullable: true, description: 'New minimum order in minor units.' })
  minimumOrder?: number | null;

  @Field(() => String, { nullable: true, description: 'New IANA time zone of the opening hours.' })
  timeZone?: string | null;
}

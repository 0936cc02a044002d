import { AddressInput } from '@foodgraph/platform/graphql';
import { Field, InputType, Int } from 'type-graphql';
import { OpeningHoursInput } from './opening-hours.input';

@InputType('CreateRestaurantInput', { description: 'A new restaurant; it starts PENDING_APPROVAL until an admin approves it.' })
export class CreateRestaurantInput {
  @Field({ description: 'Display name (1–120 characters).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free-text description (up to 2000 characters).' })
  description?: string | null;

  @Field(() => [String], { description: 'Cuisines it serves (up to 20).' })
  cuisines!: string[];

  @Field(() => AddressInput, { description: 'Where it is; include `location` to appear in `near` searches.' })
  address!: AddressInput;

  @Field(() => [OpeningHoursInput], { description: 'Weekly opening windows in local time.' })
  openingHours!: OpeningHoursInput[];

  @Field(() => Int, { description: 'Delivery fee in minor units of `currency` (0 or more).' })
  deliveryFee!: number;

  @Field(() => Int, { description: 'Smallest order subtotal accepted, in minor units (0 or more).' })
  minimumOrder!: number;

  @Field({ description: 'ISO-4217 currency of every price and fee, e.g. EUR; cannot change later.' })
  currency!: string;

  @Field(() => String, {
    nullable: true,
    description: "IANA time zone of the opening hours; defaults to the platform's (RESTAURANT_TIME_ZONE).",
  })
  timeZone?: string | null;
}

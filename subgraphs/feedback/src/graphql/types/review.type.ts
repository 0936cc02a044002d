import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CourierRef, OrderRef, RestaurantRef, UserRef } from './references.type';

@ObjectType({
  description: "A customer's review of a delivered order: stars for the restaurant and the courier, a comment, the restaurant's reply.",
})
@Directive('@key(fields: "id")')
export class Review {
  @Field(() => ID, { description: 'Unique id of the review (UUIDv7).' })
  id!: string;

  @Field(() => OrderRef, { description: 'The order reviewed.' })
  order!: OrderRef;

  @Field(() => UserRef, { description: 'The customer who wrote it.' })
  author!: UserRef;

  @Field(() => RestaurantRef, { description: 'The restaurant that cooked the order.' })
  restaurant!: RestaurantRef;

  @Field(() => Int, { description: 'Stars for the restaurant, 1 to 5.' })
  restaurantRating!: number;

  @Field(() => CourierRef, {
    nullable: true,
    description: 'The courier who delivered the order, when rated (briefly null while delivery has not yet said who it was).',
  })
  courier!: CourierRef | null;

  @Field(() => Int, { nullable: true, description: 'Stars for the courier, 1 to 5; null when the courier was not rated.' })
  courierRating!: number | null;

  @Field(() => String, { nullable: true, description: 'What the customer wrote, up to 1000 characters.' })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: "The restaurant's public reply; its owner may reply once." })
  reply!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the restaurant replied.' })
  repliedAt!: Date | null;

  @Field({ description: 'True when an admin hid it: it then counts in no average and only admins and its author see it.' })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'Why an admin hid it; shown to admins and the author only.' })
  hiddenReason!: string | null;

  @Field({ description: 'When it was submitted.' })
  createdAt!: Date;
}

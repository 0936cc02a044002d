import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A review of a delivered order, by its customer.' })
export class SubmitReviewInput {
  @Field(() => ID, { description: 'The delivered order to review.' })
  orderId!: string;

  @Field(() => Int, { description: 'Stars for the restaurant, 1 to 5.' })
  restaurantRating!: number;

  @Field(() => Int, { nullable: true, description: 'Stars for the courier, 1 to 5; only when a courier delivered the order.' })
  courierRating?: number | null;

  @Field(() => String, { nullable: true, description: 'A comment, up to 1000 characters; blank means none.' })
  comment?: string | null;
}

import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('MenuItemInput', { description: "A new menu item; its price is in the restaurant's currency." })
export class MenuItemInput {
  @Field(() => ID, { description: 'The restaurant to add it to.' })
  restaurantId!: string;

  @Field(() => ID, { nullable: true, description: 'A category of the same restaurant, or none.' })
  categoryId?: string | null;

  @Field({ description: 'Display name (1–120 characters).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What is in it (up to 2000 characters).' })
  description?: string | null;

  @Field(() => Int, { description: 'Price in minor units; greater than 0.' })
  price!: number;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Whether it can be ordered right away.' })
  available?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Portions available today (0 or more); null = unlimited.' })
  stock?: number | null;

  @Field(() => [String], { nullable: true, description: 'Labels such as "vegan" (up to 20).' })
  tags?: string[] | null;
}

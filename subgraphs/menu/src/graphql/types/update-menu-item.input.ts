import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('UpdateMenuItemInput', { description: 'Changes to a menu item; omitted fields stay as they are.' })
export class UpdateMenuItemInput {
  @Field(() => ID, { nullable: true, description: 'Move to this category of the same restaurant; null takes it out of its category.' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null or blank removes it.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'New price in minor units; greater than 0.' })
  price?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Switch ordering of this item on or off.' })
  available?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Portions left today (0 or more); null = unlimited.' })
  stock?: number | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the labels.' })
  tags?: string[] | null;
}

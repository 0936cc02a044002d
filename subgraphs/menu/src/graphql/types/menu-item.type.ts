import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Parent value: the `MenuItemEntity` row; relations and money are resolved in `menu-item.resolver.ts`. */
@ObjectType('MenuItem', { description: "A dish or drink on a restaurant's menu." })
@Directive('@key(fields: "id")')
export class MenuItem {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What is in it, allergens, portion size.' })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'Portions left today; null = unlimited, 0 = sold out.' })
  stock!: number | null;

  @Field(() => [String], { description: 'Labels such as "vegan" or "spicy".' })
  tags!: string[];
}

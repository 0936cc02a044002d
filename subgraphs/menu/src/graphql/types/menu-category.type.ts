import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Parent value: the `MenuCategoryEntity` row; `items` is resolved in `menu-category.resolver.ts`. */
@ObjectType('MenuCategory', { description: 'A section of a menu, e.g. "Starters".' })
export class MenuCategory {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;

  @Field({ description: 'Section title.' })
  name!: string;

  @Field(() => Int, { description: 'Sort order within the menu; lower comes first.' })
  position!: number;
}

import { ArgsType, Field, ID, Int } from 'type-graphql';
import { UpdateMenuItemInput } from './update-menu-item.input';

@ArgsType()
export class CreateMenuCategoryArgs {
  @Field(() => ID, { description: 'The restaurant whose menu gets the section.' })
  restaurantId!: string;

  @Field({ description: 'Section title (1–80 characters).' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Sort order (0–10000, lower first); default: after the last section.' })
  position?: number | null;
}

@ArgsType()
export class UpdateMenuItemArgs {
  @Field(() => ID, { description: 'The item to change.' })
  id!: string;

  @Field(() => UpdateMenuItemInput, { description: 'The fields to change.' })
  input!: UpdateMenuItemInput;
}

@ArgsType()
export class UpdateMenuCategoryArgs {
  @Field(() => ID, { description: 'The section to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title (1–80 characters); null keeps it.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New sort order (0–10000, lower first); null keeps it.' })
  position?: number | null;
}

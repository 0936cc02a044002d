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

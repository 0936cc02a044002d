import { ArgsType, Field, ID } from 'type-graphql';
import { UpdateRestaurantInput } from './update-restaurant.input';

@ArgsType()
export class UpdateRestaurantArgs {
  @Field(() => ID, { description: 'The restaurant to change.' })
  id!: string;

  @Field(() => UpdateRestaurantInput, { description: 'The fields to change.' })
  input!: UpdateRestaurantInput;
}

@ArgsType()
export class SetRestaurantOpenArgs {
  @Field(() => ID, { description: 'The restaurant to switch.' })
  id!: string;

  @Field(() => Boolean, { description: 'true to take orders, false to stop.' })
  open!: boolean;
}

@ArgsType()
export class SuspendRestaurantArgs {
  @Field(() => ID, { description: 'The restaurant to suspend.' })
  id!: string;

  @Field({ description: 'Why; shown to the owner and admins.' })
  reason!: string;
}

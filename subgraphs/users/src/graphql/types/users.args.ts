import { ArgsType, Field, Int } from 'type-graphql';
import { RoleEnum } from './role.enum';

/** Arguments of `users`, as a class so their order in the schema is the contract's. */
@ArgsType()
export class UsersArgs {
  @Field(() => RoleEnum, { nullable: true, description: 'Only users with this role.' })
  role?: RoleEnum | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The id of the last user of the previous page.' })
  after?: string | null;
}

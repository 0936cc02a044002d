import { ArgsType, Field } from 'type-graphql';

/** Arguments of `login`, as a class so their order in the schema is the contract's. */
@ArgsType()
export class LoginArgs {
  @Field({ description: 'Email address of the account (any letter case).' })
  email!: string;

  @Field({ description: 'Password of the account.' })
  password!: string;
}

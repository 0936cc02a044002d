import { Field, InputType } from 'type-graphql';
import { RoleEnum } from './role.enum';

@InputType({ description: 'An account an admin creates for a partner, courier, admin or customer.' })
export class CreateStaffInput {
  @Field({ description: 'Email address to sign in with; unique, case-insensitive.' })
  email!: string;

  @Field({ description: 'Initial password, at least 10 characters.' })
  password!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'Role of the new account.' })
  role!: RoleEnum;

  @Field(() => String, { nullable: true, description: 'Phone number, optionally with a leading +.' })
  phone?: string | null;
}

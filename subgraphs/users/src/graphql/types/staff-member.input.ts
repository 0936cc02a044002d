import { Field, InputType } from 'type-graphql';

@InputType({ description: "A kitchen staff account a restaurant's owner creates with addRestaurantStaff." })
export class StaffMemberInput {
  @Field({ description: 'Email address to sign in with; unique, case-insensitive.' })
  email!: string;

  @Field({ description: 'Initial password, at least 10 characters.' })
  password!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, optionally with a leading +.' })
  phone?: string | null;
}

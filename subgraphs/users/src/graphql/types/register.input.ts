import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new customer account.' })
export class RegisterInput {
  @Field({ description: 'Email address to sign in with; unique, case-insensitive.' })
  email!: string;

  @Field({ description: 'Password, at least 10 characters.' })
  password!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, optionally with a leading +.' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Brazilian CPF (11 digits, punctuation accepted), validated by its check digits and unique; a kiosk identifies the customer by it.',
  })
  document?: string | null;
}

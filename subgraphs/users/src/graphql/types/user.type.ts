import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from './role.enum';

@ObjectType({ description: 'A person who uses foodgraph: customer (possibly a guest), partner, courier or admin.' })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID, { description: 'Stable id of the user (UUID).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Email address; visible to the user themself and to admins only, null otherwise and for guests.',
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; visible to the user themself and to admins only, null otherwise.' })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'National document (a CPF, its 11 digits); visible to the user themself and to admins only, null otherwise.',
  })
  document!: string | null;

  @Field(() => RoleEnum, { description: 'What the user does on foodgraph.' })
  role!: RoleEnum;

  @Field({ description: 'True for an anonymous customer started with startGuestSession.' })
  isGuest!: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt!: Date;
}

import { Field, ObjectType } from 'type-graphql';
import { User } from './user.type';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header (an EdDSA JWT).' })
  accessToken!: string;

  @Field({ description: 'Opaque token for refreshSession; each one works once, then a new one replaces it.' })
  refreshToken!: string;

  @Field({ description: 'When the access token expires; refresh before then.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}

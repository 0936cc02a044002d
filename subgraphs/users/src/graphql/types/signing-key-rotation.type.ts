import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The outcome of rotating the access-token signing key.' })
export class SigningKeyRotation {
  @Field({ description: 'Key id (`kid`) of the key that signs access tokens from now on.' })
  kid!: string;

  @Field({ description: 'When it started signing.' })
  activatedAt!: Date;

  @Field({ description: 'Key id of the key that signed until now; it stays in the JWKS until its last tokens have expired.' })
  previousKid!: string;
}

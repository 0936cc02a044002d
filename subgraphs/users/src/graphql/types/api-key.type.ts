import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partner API key for server-to-server access; the secret itself is never shown again.' })
export class ApiKey {
  @Field(() => ID, { description: 'Stable id of the key (UUID).' })
  id!: string;

  @Field({ description: 'What the partner called the key, e.g. the system that uses it.' })
  name!: string;

  @Field({ description: 'The non-secret part after `fgk_`, to tell keys apart.' })
  prefix!: string;

  @Field({ description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A newly created API key together with its secret, which is shown this once only.' })
export class ApiKeyWithSecret {
  @Field(() => ApiKey, { description: 'The key as listed from now on.' })
  apiKey!: ApiKey;

  @Field({ description: 'The secret `fgk_<prefix>_<random>`; store it now, it cannot be shown again.' })
  secret!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The users subgraph's `User` entity, as far as the menu subgraph knows it: its key, plus the
 * `restaurants` field this subgraph contributes (resolved in `user.resolver.ts`). Descriptions
 * repeat the users subgraph's word for word so composition has one to pick.
 */
@ObjectType('User', { description: 'A person who uses foodgraph: customer (possibly a guest), partner, courier or admin.' })
@Directive('@key(fields: "id")')
export class UserReference {
  @Field(() => ID, { description: 'Stable id of the user (UUID).' })
  id!: string;
}

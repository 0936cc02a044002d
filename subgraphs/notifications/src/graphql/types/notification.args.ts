import { ArgsType, Field, Int } from 'type-graphql';

/* An argument class keeps the fields in the contract's argument order. */

@ArgsType()
export class MyNotificationsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only the unread ones.' })
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last notification of the previous page.' })
  after?: string | null;
}

import { ArgsType, Field, ID, Int } from 'type-graphql';

/*
 * Argument classes keep multi-argument fields in the contract's argument order (parameter
 * decorators would list them last-to-first).
 */

@ArgsType()
export class ReviewPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last review of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class ReplyToReviewArgs {
  @Field(() => ID, { description: 'The review to answer.' })
  reviewId!: string;

  @Field({ description: 'The public reply, up to 1000 characters.' })
  reply!: string;
}

@ArgsType()
export class HideReviewArgs {
  @Field(() => ID, { description: 'The review to hide.' })
  reviewId!: string;

  @Field({ description: 'Why it is hidden, up to 500 characters; shown to admins and the author.' })
  reason!: string;
}

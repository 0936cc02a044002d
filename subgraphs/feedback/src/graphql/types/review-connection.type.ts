import { PageInfo } from '@foodgraph/platform/graphql';
import { Field, ObjectType } from 'type-graphql';
import { Review } from './review.type';

@ObjectType({ description: 'A review in a page of reviews.' })
export class ReviewEdge {
  @Field({ description: 'Pass as `after` to continue after this review.' })
  cursor!: string;

  @Field(() => Review, { description: 'The review.' })
  node!: Review;
}

@ObjectType({ description: 'A page of reviews, newest first.' })
export class ReviewConnection {
  @Field(() => [ReviewEdge], { description: 'The reviews of this page.' })
  edges!: ReviewEdge[];

  @Field(() => PageInfo, { description: 'Whether more reviews follow.' })
  pageInfo!: PageInfo;
}

import { PageInfo } from '@foodgraph/platform/graphql';
import { Field, ObjectType } from 'type-graphql';
import type { RestaurantEntity } from '../../entities/restaurant.entity';
import { Restaurant } from './restaurant.type';

@ObjectType('RestaurantEdge', { description: 'One restaurant in a page of results.' })
export class RestaurantEdge {
  @Field({ description: 'Pass as `after` to continue after this restaurant.' })
  cursor!: string;

  @Field(() => Restaurant, { description: 'The restaurant.' })
  node!: RestaurantEntity;
}

@ObjectType('RestaurantConnection', { description: 'A page of restaurants.' })
export class RestaurantConnection {
  @Field(() => [RestaurantEdge], { description: 'The restaurants of this page, in a stable order.' })
  edges!: RestaurantEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow and where this page ends.' })
  pageInfo!: PageInfo;
}

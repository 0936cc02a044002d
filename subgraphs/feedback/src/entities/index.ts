import { OrderFactsEntity } from './order-facts.entity';
import { RatingAggregateEntity } from './rating-aggregate.entity';
import { RestaurantOwnerEntity } from './restaurant-owner.entity';
import { ReviewEntity } from './review.entity';

/** Every TypeORM entity of the feedback subgraph, for `openDatabase({ entities })`. */
export const feedbackEntities = [ReviewEntity, OrderFactsEntity, RestaurantOwnerEntity, RatingAggregateEntity];

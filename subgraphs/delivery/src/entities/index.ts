import { CourierEntity } from './courier.entity';
import { DeliveryEntity } from './delivery.entity';
import { LocationPingEntity } from './location-ping.entity';
import { OfferEntity } from './offer.entity';
import { CourierRatingEntity, OrderSnapshotEntity, RestaurantSnapshotEntity, UserSnapshotEntity } from './read-model.entities';

/** Every TypeORM entity of the delivery subgraph, for `openDatabase({ entities })`. */
export const deliveryEntities = [
  CourierEntity,
  DeliveryEntity,
  OfferEntity,
  LocationPingEntity,
  UserSnapshotEntity,
  RestaurantSnapshotEntity,
  OrderSnapshotEntity,
  CourierRatingEntity,
];

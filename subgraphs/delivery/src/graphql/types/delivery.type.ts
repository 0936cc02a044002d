import { Address, GeoPoint } from '@foodgraph/platform/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { DeliveryStatus } from '../../domain/delivery-status';
import type { DeliveryEntity, StoredAddress } from '../../entities/delivery.entity';
import type { LocationPingEntity } from '../../entities/location-ping.entity';
import { DeliveryStatusEnum } from './delivery-enums';

@ObjectType('Delivery', { description: "The trip of an order from its restaurant to its customer, with the courier's trail." })
@Directive('@key(fields: "id")')
export class Delivery {
  @Field(() => ID, { description: 'Unique id (UUIDv7).' })
  id!: string;

  @Field(() => DeliveryStatusEnum, { description: 'Where the delivery is.' })
  status!: DeliveryStatus;

  @Field(() => Address, { description: "The restaurant's address, where the courier collects the food." })
  pickup!: Address;

  @Field(() => Address, { description: "The customer's delivery address." })
  dropoff!: Address;

  @Field(() => Int, { description: 'Restaurant to customer as the crow flies, in meters (0 when an address is not geocoded).' })
  distanceMeters!: number;

  @Field({ description: 'When the restaurant accepted the order and the delivery was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a courier accepted it.' })
  assignedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the courier collected the food.' })
  pickedUpAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the courier handed the food over.' })
  deliveredAt!: Date | null;

  /** The row behind it, for the field resolvers (not part of the schema). */
  entity!: DeliveryEntity;
}

@ObjectType('LocationPing', { description: "One point of a courier's trail." })
export class LocationPing {
  @Field(() => GeoPoint, { description: 'Where the courier was.' })
  location!: GeoPoint;

  @Field({ description: 'When the courier reported it.' })
  at!: Date;
}

export function toGeoPoint(point: { lat: number; lng: number }): GeoPoint {
  return Object.assign(new GeoPoint(), { lat: point.lat, lng: point.lng });
}

function toAddress(a: StoredAddress): Address {
  return Object.assign(new Address(), {
    line1: a.line1,
    line2: a.line2 ?? null,
    city: a.city,
    postalCode: a.postalCode,
    location: a.location ? toGeoPoint(a.location) : null,
  });
}

/** The GraphQL view of a delivery row. */
export function toDelivery(entity: DeliveryEntity): Delivery {
  return Object.assign(new Delivery(), {
    id: entity.id,
    status: entity.status,
    pickup: toAddress(entity.pickup),
    dropoff: toAddress(entity.dropoff),
    distanceMeters: entity.distanceMeters,
    createdAt: entity.createdAt,
    assignedAt: entity.assignedAt,
    pickedUpAt: entity.pickedUpAt,
    deliveredAt: entity.deliveredAt,
    entity,
  });
}

export function toLocationPing(ping: LocationPingEntity): LocationPing {
  return Object.assign(new LocationPing(), { location: toGeoPoint(ping), at: ping.at });
}

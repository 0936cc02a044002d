import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CourierStatus, VehicleType } from '../../domain/delivery-status';
import type { CourierEntity } from '../../entities/courier.entity';
import { CourierStatusEnum, VehicleTypeEnum } from './delivery-enums';

@ObjectType('Courier', { description: 'A courier who delivers orders.' })
@Directive('@key(fields: "id")')
export class Courier {
  @Field(() => ID, { description: 'Unique id of the courier (UUIDv7).' })
  id!: string;

  @Field({ description: 'Name shown to customers and restaurants.' })
  name!: string;

  @Field(() => VehicleTypeEnum, { description: 'How the courier travels.' })
  vehicle!: VehicleType;

  @Field(() => CourierStatusEnum, { description: 'Whether the courier is working and free.' })
  status!: CourierStatus;

  /** The row behind it, for the field resolvers (not part of the schema). */
  entity!: CourierEntity;
}

/** The GraphQL view of a courier row. */
export function toCourier(entity: CourierEntity): Courier {
  return Object.assign(new Courier(), { id: entity.id, name: entity.name, vehicle: entity.vehicle, status: entity.status, entity });
}

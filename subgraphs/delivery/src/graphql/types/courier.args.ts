import { DateTimeScalar } from '@foodgraph/platform/graphql';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { CourierStatus, VehicleType } from '../../domain/delivery-status';
import { CourierStatusEnum, VehicleTypeEnum } from './delivery-enums';

/*
 * Argument classes keep multi-argument fields in the contract's argument order (parameter
 * decorators would list them last-to-first).
 */

@InputType('CreateCourierInput', { description: 'A new courier profile for a COURIER user account.' })
export class CreateCourierInput {
  @Field(() => ID, { description: 'The COURIER user account the profile belongs to.' })
  userId!: string;

  @Field({ description: 'Name shown to customers and restaurants, 1 to 100 characters.' })
  name!: string;

  @Field(() => VehicleTypeEnum, { description: 'How the courier travels.' })
  vehicle!: VehicleType;
}

@ArgsType()
export class CouriersArgs {
  @Field(() => CourierStatusEnum, { nullable: true, description: 'Only couriers in this status; all when omitted.' })
  status?: CourierStatus | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The id of the last courier of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class UpdateCourierArgs {
  @Field(() => ID, { description: 'The courier.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, 1 to 100 characters; unchanged when omitted.' })
  name?: string | null;

  @Field(() => VehicleTypeEnum, { nullable: true, description: 'New vehicle; unchanged when omitted.' })
  vehicle?: VehicleType | null;
}

@ArgsType()
export class EarningsArgs {
  @Field(() => DateTimeScalar, { description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the period (exclusive), at most 366 days after from.' })
  to!: Date;
}

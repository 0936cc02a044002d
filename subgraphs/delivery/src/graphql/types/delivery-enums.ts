import { registerEnumType } from 'type-graphql';
import { CourierStatus, DeliveryStatus, VehicleType } from '../../domain/delivery-status';

/*
 * The domain's string unions registered as the contract's GraphQL enums; the keys are the
 * GraphQL names.
 */

export const CourierStatusEnum = {
  OFFLINE: CourierStatus.Offline,
  AVAILABLE: CourierStatus.Available,
  ON_DELIVERY: CourierStatus.OnDelivery,
} as const;

registerEnumType(CourierStatusEnum, {
  name: 'CourierStatus',
  description: 'Whether a courier is working and free for a delivery.',
  valuesConfig: {
    OFFLINE: { description: 'Not working; gets no offers.' },
    AVAILABLE: { description: 'Working and free: the dispatcher may offer deliveries.' },
    ON_DELIVERY: { description: 'Holding a delivery (assigned or picked up).' },
  },
});

export const VehicleTypeEnum = {
  BICYCLE: VehicleType.Bicycle,
  SCOOTER: VehicleType.Scooter,
  CAR: VehicleType.Car,
  ON_FOOT: VehicleType.OnFoot,
} as const;

registerEnumType(VehicleTypeEnum, {
  name: 'VehicleType',
  description: 'How a courier travels; it sets the speed ETAs are computed with.',
  valuesConfig: {
    BICYCLE: { description: 'A bicycle (12 km/h as the crow flies).' },
    SCOOTER: { description: 'A motor scooter (18 km/h as the crow flies).' },
    CAR: { description: 'A car (20 km/h as the crow flies).' },
    ON_FOOT: { description: 'Walking (4 km/h as the crow flies).' },
  },
});

export const DeliveryStatusEnum = {
  AWAITING_COURIER: DeliveryStatus.AwaitingCourier,
  ASSIGNED: DeliveryStatus.Assigned,
  PICKED_UP: DeliveryStatus.PickedUp,
  DELIVERED: DeliveryStatus.Delivered,
  FAILED: DeliveryStatus.Failed,
  CANCELLED: DeliveryStatus.Cancelled,
} as const;

registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'Where a delivery is.',
  valuesConfig: {
    AWAITING_COURIER: { description: 'Being offered to couriers, or waiting for one to become available.' },
    ASSIGNED: { description: 'A courier accepted it and is on the way to the restaurant.' },
    PICKED_UP: { description: 'The courier has the food and is on the way to the customer.' },
    DELIVERED: { description: 'The customer has the food. Final.' },
    FAILED: { description: 'The order was cancelled after the courier had picked it up. Final.' },
    CANCELLED: { description: 'The order was cancelled before pick-up. Final.' },
  },
});

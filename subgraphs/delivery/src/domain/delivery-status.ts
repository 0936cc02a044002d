/** Where a delivery is (architecture §3): AWAITING_COURIER → ASSIGNED → PICKED_UP → DELIVERED. */
export const DeliveryStatus = {
  AwaitingCourier: 'AWAITING_COURIER',
  Assigned: 'ASSIGNED',
  PickedUp: 'PICKED_UP',
  Delivered: 'DELIVERED',
  Failed: 'FAILED',
  Cancelled: 'CANCELLED',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** A courier holds at most one delivery in these statuses (a unique partial index enforces it). */
export const ACTIVE_DELIVERY_STATUSES: readonly DeliveryStatus[] = [DeliveryStatus.Assigned, DeliveryStatus.PickedUp];

/** Whether a courier is working and free: OFFLINE → AVAILABLE ⇄ ON_DELIVERY. */
export const CourierStatus = { Offline: 'OFFLINE', Available: 'AVAILABLE', OnDelivery: 'ON_DELIVERY' } as const;
export type CourierStatus = (typeof CourierStatus)[keyof typeof CourierStatus];

export const VehicleType = { Bicycle: 'BICYCLE', Scooter: 'SCOOTER', Car: 'CAR', OnFoot: 'ON_FOOT' } as const;
export type VehicleType = (typeof VehicleType)[keyof typeof VehicleType];

/**
 * One offer of a delivery to one courier. PENDING until the courier answers (ACCEPTED,
 * DECLINED), the poller finds it past `expiresAt` (EXPIRED), or the dispatcher takes it back
 * because the order was cancelled or the courier went offline (WITHDRAWN).
 */
export const OfferStatus = {
  Pending: 'PENDING',
  Accepted: 'ACCEPTED',
  Declined: 'DECLINED',
  Expired: 'EXPIRED',
  Withdrawn: 'WITHDRAWN',
} as const;
export type OfferStatus = (typeof OfferStatus)[keyof typeof OfferStatus];

import { VehicleType } from './delivery-status';
import { distanceOrNull, type LatLng } from './geo';

/**
 * Effective speeds in km/h over straight-line (haversine) distance. They are lower than what
 * the vehicles do on a road because streets are not straight and cities have traffic lights.
 */
export const VEHICLE_SPEED_KMH: Readonly<Record<VehicleType, number>> = {
  [VehicleType.OnFoot]: 4,
  [VehicleType.Bicycle]: 12,
  [VehicleType.Scooter]: 18,
  [VehicleType.Car]: 20,
};

/** Minutes (fractional) to cover `meters` on `vehicle`. */
export function travelMinutes(meters: number, vehicle: VehicleType): number {
  return meters / ((VEHICLE_SPEED_KMH[vehicle] * 1000) / 60);
}

export interface EtaInput {
  now: Date;
  vehicle: VehicleType;
  /** Whether the courier already has the food. */
  pickedUp: boolean;
  /** The courier's last known location; null when never reported. */
  courier: LatLng | null;
  pickup: LatLng | null;
  dropoff: LatLng | null;
  /** Pick-up to drop-off, used when a leg cannot be measured. */
  distanceMeters: number;
  /** When the kitchen expects the food to be ready; null when unknown or already ready. */
  readyAt: Date | null;
}

/**
 * When the food should reach the customer. Before pick-up: the courier rides to the
 * restaurant, waits for the kitchen if it is not ready by then, and rides on to the customer.
 * After pick-up: the ride from where the courier is to the customer. A leg whose ends are not
 * both known counts as zero, except the main leg, which falls back to `distanceMeters`.
 */
export function estimateArrival(input: EtaInput): Date {
  const { now, vehicle } = input;
  let minutes: number;
  if (input.pickedUp) {
    minutes = travelMinutes(distanceOrNull(input.courier, input.dropoff) ?? input.distanceMeters, vehicle);
  } else {
    const toPickup = travelMinutes(distanceOrNull(input.courier, input.pickup) ?? 0, vehicle);
    const untilReady = input.readyAt ? Math.max(0, (input.readyAt.getTime() - now.getTime()) / 60_000) : 0;
    minutes = Math.max(toPickup, untilReady) + travelMinutes(input.distanceMeters, vehicle);
  }
  return new Date(now.getTime() + Math.ceil(minutes) * 60_000);
}

/** Whole minutes from `now` until `eta`, never below zero. */
export function minutesUntil(eta: Date, now: Date): number {
  return Math.max(0, Math.ceil((eta.getTime() - now.getTime()) / 60_000));
}

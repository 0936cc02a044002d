import type { ConsumerSpec } from '@foodgraph/platform/process';
import { recordOwnerWhenRestaurantChanged } from './menu-events.reactions';

/** Durable consumer name of the users subgraph's copy of restaurant owners. */
export const RESTAURANT_OWNERS_CONSUMER = 'users-restaurant-owners';

/** Every consumer of the users subgraph with its reactions. */
export function usersConsumers(): ConsumerSpec[] {
  return [{ consumer: RESTAURANT_OWNERS_CONSUMER, handlers: { 'menu.restaurant.changed': recordOwnerWhenRestaurantChanged } }];
}

import type { DomainEvent, ItemChangedV1, RestaurantChangedV1 } from '@foodgraph/events';
import { newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import { isItemAvailable } from '../domain/menu-item-rules';
import type { MenuItemEntity } from '../entities/menu-item.entity';
import type { RestaurantEntity } from '../entities/restaurant.entity';

/** Producer name stamped on every event of this subgraph. */
export const MENU_PRODUCER = 'menu';

/** The full restaurant as `menu.restaurant.changed` carries it. */
export function restaurantSnapshot(r: RestaurantEntity): RestaurantChangedV1 {
  return {
    restaurantId: r.id,
    revision: r.revision,
    ownerId: r.ownerId,
    name: r.name,
    status: r.status,
    acceptingOrders: r.acceptingOrders,
    openingHours: r.openingHours.map(({ dayOfWeek, opens, closes }) => ({ dayOfWeek, opens, closes })),
    timeZone: r.timeZone,
    address: {
      line1: r.addressLine1,
      line2: r.addressLine2,
      city: r.city,
      postalCode: r.postalCode,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
    },
    currency: r.currency,
    deliveryFee: r.deliveryFee,
    minimumOrder: r.minimumOrder,
  };
}

/**
 * The full item as `menu.item.changed` carries it. `available` is what customers see (switched
 * on, not sold out, not deleted), the same value as the `MenuItem.available` field.
 */
export function itemSnapshot(item: MenuItemEntity): ItemChangedV1 {
  return {
    itemId: item.id,
    revision: item.revision,
    restaurantId: item.restaurantId,
    name: item.name,
    price: item.price,
    currency: item.currency,
    available: isItemAvailable(item),
    stock: item.stock,
    deleted: item.deletedAt !== null,
  };
}

/** `menu.restaurant.changed` for the restaurant as it is after the change. */
export function restaurantChanged(restaurant: RestaurantEntity, origin: ChangeOrigin, at: Date): DomainEvent<'menu.restaurant.changed'> {
  return newEvent('menu.restaurant.changed', restaurantSnapshot(restaurant), { producer: MENU_PRODUCER, ...origin, occurredAt: at });
}

/** `menu.item.changed` for the item as it is after the change. */
export function itemChanged(item: MenuItemEntity, origin: ChangeOrigin, at: Date): DomainEvent<'menu.item.changed'> {
  return newEvent('menu.item.changed', itemSnapshot(item), { producer: MENU_PRODUCER, ...origin, occurredAt: at });
}

import type { OpeningWindow } from './opening-hours';

/** A restaurant as the orders read model knows it (from `menu.restaurant.changed`). */
export interface RestaurantView {
  id: string;
  ownerId: string;
  name: string;
  status: 'PENDING_APPROVAL' | 'ACTIVE' | 'SUSPENDED';
  acceptingOrders: boolean;
  openingHours: OpeningWindow[];
  timeZone: string;
  city: string;
  currency: string;
  deliveryFee: number;
  minimumOrder: number;
}

/** A menu item as the orders read model knows it (from `menu.item.changed`). */
export interface MenuItemView {
  id: string;
  restaurantId: string;
  name: string;
  price: number;
  currency: string;
  /** Switched on and not sold out, as menu shows it to customers. */
  available: boolean;
  deleted: boolean;
}

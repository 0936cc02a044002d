import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { recordMenuItemSnapshot, recordRestaurantSnapshot } from '../services/menu-read-model';
import type { OrderSagaService } from '../services/order-saga.service';

/*
 * What orders does when menu's events arrive: keep the local menu read model, and take
 * menu's answer to a stock reservation. Each runs in the consumer's transaction.
 */

/** `menu.restaurant.changed` → the read model's copy of the restaurant. */
export async function recordRestaurantWhenRestaurantChanged(
  event: DomainEvent<'menu.restaurant.changed'>,
  manager: EntityManager,
): Promise<void> {
  await recordRestaurantSnapshot(manager, event.data);
}

/** `menu.item.changed` → the read model's copy of the menu item. */
export async function recordMenuItemWhenItemChanged(event: DomainEvent<'menu.item.changed'>, manager: EntityManager): Promise<void> {
  await recordMenuItemSnapshot(manager, event.data);
}

/** `menu.stock.reserved` → the order is PLACED (cash) or waits for its QR payment. */
export async function continueOrderWhenStockReserved(
  saga: OrderSagaService,
  event: DomainEvent<'menu.stock.reserved'>,
  manager: EntityManager,
): Promise<void> {
  await saga.stockReserved(manager, event.data, event);
}

/** `menu.stock.rejected` → the order is REJECTED. */
export async function rejectOrderWhenStockRejected(
  saga: OrderSagaService,
  event: DomainEvent<'menu.stock.rejected'>,
  manager: EntityManager,
): Promise<void> {
  await saga.stockRejected(manager, event.data, event);
}

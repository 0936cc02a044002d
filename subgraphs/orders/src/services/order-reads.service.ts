import type { Identity } from '@foodgraph/platform/auth';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeCursor, emptyPage, type Page } from '@foodgraph/platform/pagination';
import type { DataSource } from 'typeorm';
import type { OrderStatus } from '../domain/order-status';
import type { OrderEntity } from '../entities/order.entity';
import { assertCanReadCustomerOrders, assertCanReadOrder, assertCanReadRestaurantOrders, assertSignedInReader } from './access';
import { findOrder, kitchenOrders, pageOrders } from './order-queries';
import { findOwners } from './menu-read-model';

/** Reading orders, with who-may-see-what applied. */
export class OrderReadsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One order for someone allowed to see it. Unknown ids are null; a known order the caller
   * may not see is FORBIDDEN (ids are unguessable, so saying it exists gives nothing away).
   */
  async order(identity: Identity, id: string): Promise<OrderEntity | null> {
    assertSignedInReader(identity);
    const order = await findOrder(this.dataSource.manager, id);
    if (!order) return null;
    const owners = await findOwners(this.dataSource.manager, [order.restaurantId]);
    assertCanReadOrder(identity, order, owners.get(order.restaurantId) ?? null);
    return order;
  }

  /**
   * An order by id for someone already authorized to see it (a subscriber checked at
   * subscribe time); null when there is none.
   */
  orderById(id: string): Promise<OrderEntity | null> {
    return findOrder(this.dataSource.manager, id);
  }

  /** Who may watch a restaurant's orders live: its owner or an admin (FORBIDDEN otherwise). */
  async assertCanWatchRestaurant(identity: Identity, restaurantId: string): Promise<void> {
    const owners = await findOwners(this.dataSource.manager, [restaurantId]);
    assertCanReadRestaurantOrders(identity, owners.get(restaurantId.toLowerCase()) ?? null);
  }

  /** `myOrders`: the signed-in user's own orders, newest first. */
  async ordersOfCaller(identity: Identity, first: number, after: string | null | undefined): Promise<Page<OrderEntity>> {
    const user = assertSignedInReader(identity);
    return this.ordersOfCustomer(identity, user.userId, first, after);
  }

  /** A customer's orders, newest first: the customer themself or an admin. */
  async ordersOfCustomer(
    identity: Identity,
    customerId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<OrderEntity>> {
    assertCanReadCustomerOrders(identity, customerId);
    const size = checkPageSize(first);
    if (!isUuid(customerId)) return emptyPage();
    return pageOrders(this.dataSource.manager, { customerId: customerId.toLowerCase(), first: size, afterId: decodeCursor(after) });
  }

  /** A restaurant's orders, newest first, optionally only some statuses: its owner or an admin. */
  async ordersOfRestaurant(
    identity: Identity,
    restaurantId: string,
    statuses: readonly OrderStatus[] | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<OrderEntity>> {
    const owners = await findOwners(this.dataSource.manager, [restaurantId]);
    assertCanReadRestaurantOrders(identity, owners.get(restaurantId.toLowerCase()) ?? null);
    const size = checkPageSize(first);
    if (!isUuid(restaurantId)) return emptyPage();
    return pageOrders(this.dataSource.manager, {
      restaurantId: restaurantId.toLowerCase(),
      statuses,
      first: size,
      afterId: decodeCursor(after),
    });
  }

  /** The kitchen display: orders to accept, cook and hand over, oldest first; owner or admin. */
  async kitchenQueue(identity: Identity, restaurantId: string): Promise<OrderEntity[]> {
    const owners = await findOwners(this.dataSource.manager, [restaurantId]);
    assertCanReadRestaurantOrders(identity, owners.get(restaurantId.toLowerCase()) ?? null);
    if (!isUuid(restaurantId)) return [];
    return kitchenOrders(this.dataSource.manager, restaurantId.toLowerCase());
  }
}

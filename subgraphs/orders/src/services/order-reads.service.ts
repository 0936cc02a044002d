import type { Identity } from '@foodgraph/platform/auth';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeCursor, emptyPage, type Page } from '@foodgraph/platform/pagination';
import { retryWithin, type Clock, type RetryWindow } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import type { OrderStatus } from '../domain/order-status';
import type { OrderEntity } from '../entities/order.entity';
import {
  assertCanReadCustomerOrders,
  assertCanReadOrder,
  assertCanReadRestaurantOrders,
  assertCanWatchKitchen,
  assertSignedInReader,
  mayBecomeCourierReader,
  type OrderView,
  orderViewOf,
  ownerMatters,
} from './access';
import { findOrder, kitchenOrders, pageOrders } from './order-queries';
import { findOwners } from './menu-read-model';
import { kitchenMembership, worksInKitchen } from './kitchen-staff.read-model';

/** An order with how much of it its reader may see. */
export interface ReadableOrder {
  row: OrderEntity;
  view: OrderView;
}

/**
 * How long and how often a courier's read waits for delivery's offer or assignment to arrive
 * (`timeoutMs` default 3000, `intervalMs` default 100).
 */
export type CourierReadWait = RetryWindow;

const DEFAULT_COURIER_READ_WAIT: CourierReadWait = { timeoutMs: 3000, intervalMs: 100 };

/** Reading orders, with who-may-see-what applied. */
export class OrderReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock = () => new Date(),
    private readonly courierWait: CourierReadWait = DEFAULT_COURIER_READ_WAIT,
  ) {}

  /**
   * One order for someone allowed to see it. Unknown ids are null; a known order the caller
   * may not see is FORBIDDEN (ids are unguessable, so saying it exists gives nothing away).
   */
  async order(identity: Identity, id: string): Promise<OrderEntity | null> {
    return (await this.readable(identity, id))?.row ?? null;
  }

  /**
   * `order`, with the view the caller gets. A courier refused at first is given a bounded
   * moment: delivery commits an offer or an assignment, and shows it to the courier, before
   * its event reaches this read model — the courier who was just offered the order, or whose
   * accept just returned, would otherwise be FORBIDDEN for what they are entitled to. Anyone
   * else is refused at once.
   */
  async readable(identity: Identity, id: string): Promise<ReadableOrder | null> {
    assertSignedInReader(identity);
    const seen = await retryWithin(
      this.courierWait,
      async () => {
        const order = await findOrder(this.dataSource.manager, id);
        if (!order) return null;
        const ownerId = await this.ownerFor(identity, order);
        const staff = await worksInKitchen(this.dataSource.manager, identity, order.restaurantId);
        const now = this.clock();
        return { order, ownerId, staff, now, visible: orderViewOf(identity, order, ownerId, now, staff) !== null };
      },
      (seen) => seen === null || seen.visible || !mayBecomeCourierReader(identity),
    );
    if (!seen) return null;
    return { row: seen.order, view: assertCanReadOrder(identity, seen.order, seen.ownerId, seen.now, seen.staff) };
  }

  /** What `identity` (already allowed to watch `order`) sees of it now; FORBIDDEN once it may not. */
  async viewOf(identity: Identity, order: OrderEntity): Promise<OrderView> {
    const ownerId = await this.ownerFor(identity, order);
    const staff = await worksInKitchen(this.dataSource.manager, identity, order.restaurantId);
    return assertCanReadOrder(identity, order, ownerId, this.clock(), staff);
  }

  /** The owner of the order's restaurant, looked up only when it can change what `identity` sees. */
  private async ownerFor(identity: Identity, order: OrderEntity): Promise<string | null> {
    if (!ownerMatters(identity, order)) return null;
    return (await findOwners(this.dataSource.manager, [order.restaurantId])).get(order.restaurantId) ?? null;
  }

  /**
   * An order by id for someone already authorized to see it (a subscriber checked at
   * subscribe time); null when there is none.
   */
  orderById(id: string): Promise<OrderEntity | null> {
    return findOrder(this.dataSource.manager, id);
  }

  /** Who may watch a restaurant's orders live: its owner, its kitchen staff or an admin (FORBIDDEN otherwise). */
  async assertCanWatchRestaurant(identity: Identity, restaurantId: string): Promise<void> {
    const owners = await findOwners(this.dataSource.manager, [restaurantId]);
    const staff = await worksInKitchen(this.dataSource.manager, identity, restaurantId);
    assertCanWatchKitchen(identity, owners.get(restaurantId.toLowerCase()) ?? null, staff);
  }

  /**
   * Whether the read model has caught up with a kitchen membership change of `revision` (the
   * live message of a removal can arrive before the transaction that recorded it commits).
   */
  async hasKitchenChange(restaurantId: string, userId: string, revision: number): Promise<boolean> {
    return ((await kitchenMembership(this.dataSource.manager, restaurantId, userId))?.revision ?? 0) >= revision;
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

  /** The kitchen display: orders to accept, cook and hand over, oldest first; owner, kitchen staff or admin. */
  async kitchenQueue(identity: Identity, restaurantId: string): Promise<OrderEntity[]> {
    await this.assertCanWatchRestaurant(identity, restaurantId);
    if (!isUuid(restaurantId)) return [];
    return kitchenOrders(this.dataSource.manager, restaurantId.toLowerCase());
  }
}

import { NotFoundError } from '@foodgraph/platform/errors';
import { groupBy } from '@foodgraph/platform/graphql';
import { isUuid } from '@foodgraph/platform/ids';
import { pageOf, type Page } from '@foodgraph/platform/pagination';
import { In, LessThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { KITCHEN_STATUSES, type OrderStatus } from '../domain/order-status';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderStatusChangeEntity } from '../entities/order-status-change.entity';
import { OrderEntity } from '../entities/order.entity';

/** An order by id, or null (also for ids that are not UUIDs). */
export function findOrder(manager: EntityManager, id: string): Promise<OrderEntity | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return manager.findOneBy(OrderEntity, { id: id.toLowerCase() });
}

/**
 * The order row locked `FOR UPDATE` for the rest of the transaction, so concurrent commands
 * and event handlers on the same order run one after the other; NOT_FOUND if it is missing.
 */
export async function lockOrder(manager: EntityManager, id: string): Promise<OrderEntity> {
  const order = isUuid(id)
    ? await manager.findOne(OrderEntity, { where: { id: id.toLowerCase() }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!order) throw new NotFoundError('Order', id);
  return order;
}

/**
 * Writes the order's row as `order` holds it, in one UPDATE. Only for an order the caller's
 * transaction loaded `FOR UPDATE` (every command and saga step does): nobody else can have
 * changed the row since, so writing every column is writing what changed. `manager.save` would
 * first read the row back to find the changes — a second statement on every transition, and
 * the costliest path of TypeORM.
 */
export async function writeOrder(manager: EntityManager, order: OrderEntity): Promise<void> {
  const { id, ...columns } = order;
  await manager.update(OrderEntity, { id }, columns);
}

/** The lines of each order, in the order the customer listed them. */
export async function linesOf(manager: EntityManager, orderIds: readonly string[]): Promise<Map<string, OrderLineEntity[]>> {
  const rows = orderIds.length
    ? await manager.find(OrderLineEntity, { where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } })
    : [];
  return groupBy(rows, (row) => row.orderId);
}

/** The history of each order, oldest first. */
export async function historyOf(manager: EntityManager, orderIds: readonly string[]): Promise<Map<string, OrderStatusChangeEntity[]>> {
  const rows = orderIds.length
    ? await manager.find(OrderStatusChangeEntity, { where: { orderId: In([...orderIds]) }, order: { seq: 'ASC' } })
    : [];
  return groupBy(rows, (row) => row.orderId);
}

export interface OrderPageRequest {
  customerId?: string;
  restaurantId?: string;
  statuses?: readonly OrderStatus[] | null;
  first: number;
  /** Id of the last order of the previous page. */
  afterId: string | null;
}

/** One page of orders, newest first (ids are UUIDv7, so id order is creation order). */
export async function pageOrders(manager: EntityManager, request: OrderPageRequest): Promise<Page<OrderEntity>> {
  const where: FindOptionsWhere<OrderEntity> = {};
  if (request.customerId) where.customerId = request.customerId;
  if (request.restaurantId) where.restaurantId = request.restaurantId;
  if (request.statuses && request.statuses.length > 0) where.status = In([...request.statuses]);
  if (request.afterId) where.id = LessThan(request.afterId);
  const rows = await manager.find(OrderEntity, { where, order: { id: 'DESC' }, take: request.first + 1 });
  return pageOf(rows, request.first);
}

/** What the kitchen display shows: PLACED up to READY_FOR_PICKUP, oldest first. */
export function kitchenOrders(manager: EntityManager, restaurantId: string): Promise<OrderEntity[]> {
  return manager.find(OrderEntity, { where: { restaurantId, status: In([...KITCHEN_STATUSES]) }, order: { placedAt: 'ASC', id: 'ASC' } });
}

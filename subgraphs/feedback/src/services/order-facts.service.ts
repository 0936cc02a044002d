import type { EventData } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { ReviewEntity } from '../entities/review.entity';
import type { RatingsService } from './ratings.service';

/*
 * The read model behind "may this user review this order": what orders and delivery told us
 * about each order. Their events come on different streams in no mutual order, so every write
 * is an upsert that fills in only what its event knows and keeps what the other stream wrote.
 * Each runs in the consumer's transaction, which also records the event as handled.
 */
export class OrderFactsService {
  constructor(private readonly ratings: RatingsService) {}

  /** The order's customer and restaurant, from `orders.order.placed`. */
  async recordPlaced(manager: EntityManager, placed: EventData<'orders.order.placed'>, correlationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO order_facts (order_id, customer_id, restaurant_id, status, correlation_id) VALUES ($1, $2, $3, 'PENDING', $4)
       ON CONFLICT (order_id) DO UPDATE SET
         customer_id = EXCLUDED.customer_id, restaurant_id = EXCLUDED.restaurant_id, status = COALESCE(order_facts.status, EXCLUDED.status),
         correlation_id = COALESCE(order_facts.correlation_id, EXCLUDED.correlation_id)`,
      [placed.orderId, placed.customerId, placed.restaurantId, correlationId],
    );
  }

  /** The order's latest status, and when it was delivered, from `orders.order.status_changed`. */
  async recordStatus(manager: EntityManager, change: EventData<'orders.order.status_changed'>, correlationId: string): Promise<void> {
    const delivered = change.to === 'DELIVERED';
    // Orders names the courier's user as the actor of a courier's DELIVERED transition, which
    // tells us a courier brought it even before delivery's event says which courier.
    const courierUserId = delivered && change.actorKind === 'DELIVERY' ? change.actorId : null;
    await manager.query(
      `INSERT INTO order_facts (order_id, customer_id, restaurant_id, status, delivered_at, courier_user_id, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id) DO UPDATE SET
         customer_id = EXCLUDED.customer_id, restaurant_id = EXCLUDED.restaurant_id, status = EXCLUDED.status,
         delivered_at = COALESCE(order_facts.delivered_at, EXCLUDED.delivered_at),
         courier_user_id = COALESCE(order_facts.courier_user_id, EXCLUDED.courier_user_id),
         correlation_id = COALESCE(order_facts.correlation_id, EXCLUDED.correlation_id)`,
      [change.orderId, change.customerId, change.restaurantId, change.to, delivered ? change.at : null, courierUserId, correlationId],
    );
  }

  /**
   * The delivery and its courier, from `delivery.delivery.delivered`; then the courier is
   * named on a review that rated them before this event arrived (see `attachCourier`).
   */
  async recordDelivered(manager: EntityManager, delivered: EventData<'delivery.delivery.delivered'>, correlationId: string): Promise<void> {
    // Delivery's word counts as delivered too: orders moves the order to DELIVERED because of
    // this very event, so waiting for orders' echo would only make the customer wait.
    await manager.query(
      `INSERT INTO order_facts (order_id, delivered_at, courier_id, courier_user_id, correlation_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (order_id) DO UPDATE SET
         delivered_at = COALESCE(order_facts.delivered_at, EXCLUDED.delivered_at),
         courier_id = COALESCE(order_facts.courier_id, EXCLUDED.courier_id),
         courier_user_id = COALESCE(order_facts.courier_user_id, EXCLUDED.courier_user_id),
         correlation_id = COALESCE(order_facts.correlation_id, EXCLUDED.correlation_id)`,
      [delivered.orderId, delivered.at, delivered.courierId, delivered.courierUserId, correlationId],
    );
    await this.attachCourier(manager, delivered.orderId, delivered.courierId);
  }

  /**
   * A customer may rate the courier as soon as orders says a courier delivered the order, which
   * can be before delivery's own event naming the courier reaches us (they travel on different
   * streams). Such a review is stored with the courier rating but no courier; when delivery's
   * event arrives this names the courier and counts the rating (unless the review is hidden).
   */
  private async attachCourier(manager: EntityManager, orderId: string, courierId: string): Promise<void> {
    const review = await manager.findOne(ReviewEntity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
    if (!review || review.courierRating === null || review.courierId !== null) return;
    await manager.update(ReviewEntity, { id: review.id }, { courierId });
    if (!review.hidden) await this.ratings.bump(manager, 'COURIER', courierId, review.courierRating, 1);
  }
}

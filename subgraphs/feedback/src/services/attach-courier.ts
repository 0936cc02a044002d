import type { EntityManager } from 'typeorm';
import { ReviewEntity } from '../entities/review.entity';
import { bumpRating } from './ratings';

/**
 * A customer may rate the courier as soon as orders says a courier delivered the order, which
 * can be before delivery's own event naming the courier reaches us (they travel on different
 * streams). Such a review is stored with the courier rating but no courier; when delivery's
 * event arrives this names the courier and counts the rating (unless the review is hidden).
 */
export async function attachCourier(manager: EntityManager, orderId: string, courierId: string): Promise<void> {
  const review = await manager.findOne(ReviewEntity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
  if (!review || review.courierRating === null || review.courierId !== null) return;
  await manager.update(ReviewEntity, { id: review.id }, { courierId });
  if (!review.hidden) await bumpRating(manager, 'COURIER', courierId, review.courierRating, 1);
}

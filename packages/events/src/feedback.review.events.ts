import { z } from 'zod';

/*
 * Events of the feedback subgraph. Ratings are whole stars, 1..5. `courierRating` is present
 * only when a courier delivered the order; `courierId` names that courier (delivery's
 * `Courier.id`) and may be null while feedback has not yet heard which courier it was —
 * delivery knows the courier of `orderId` itself.
 */

const stars = z.number().int().min(1).max(5);

/** A customer reviewed a delivered order (delivery uses it for the courier's rating bonus). */
export const ReviewSubmittedV1 = z.object({
  reviewId: z.uuid(),
  orderId: z.uuid(),
  authorId: z.uuid(),
  restaurantId: z.uuid(),
  restaurantRating: stars,
  courierId: z.uuid().nullable(),
  courierRating: stars.nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type ReviewSubmittedV1 = z.infer<typeof ReviewSubmittedV1>;

/**
 * An admin hid a review (`hidden: true`, with the reason) or showed it again. A hidden review
 * no longer counts towards the restaurant's and the courier's averages.
 */
export const ReviewModeratedV1 = z.object({
  reviewId: z.uuid(),
  orderId: z.uuid(),
  restaurantId: z.uuid(),
  restaurantRating: stars,
  courierId: z.uuid().nullable(),
  courierRating: stars.nullable(),
  hidden: z.boolean(),
  reason: z.string().nullable(),
  moderatorId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});
export type ReviewModeratedV1 = z.infer<typeof ReviewModeratedV1>;

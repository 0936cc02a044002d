export { ok, errorOf } from '@foodgraph/testing';

/** GraphQL documents the tests send, written as a client would. */
export const REVIEW_FIELDS = `
  id order { id } author { id } restaurant { id } restaurantRating courier { id } courierRating
  comment reply repliedAt hidden hiddenReason createdAt`;

export const SUBMIT = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) { ${REVIEW_FIELDS} } }`;
export const REPLY = `mutation ($reviewId: ID!, $reply: String!) { replyToReview(reviewId: $reviewId, reply: $reply) { ${REVIEW_FIELDS} } }`;
export const HIDE = `mutation ($reviewId: ID!, $reason: String!) { hideReview(reviewId: $reviewId, reason: $reason) { ${REVIEW_FIELDS} } }`;
export const UNHIDE = `mutation ($reviewId: ID!) { unhideReview(reviewId: $reviewId) { ${REVIEW_FIELDS} } }`;
export const REVIEW = `query ($id: ID!) { review(id: $id) { ${REVIEW_FIELDS} } }`;
export const RESTAURANT_RATINGS = `query ($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
  ... on Restaurant { id rating reviewCount reviews(first: $first, after: $after) {
    edges { cursor node { id restaurantRating hidden } } pageInfo { hasNextPage endCursor } } }
} }`;
export const COURIER_AND_ORDER = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Courier { id rating }
  ... on Order { id review { id restaurantRating courierRating } }
  ... on Review { id comment }
} }`;

/** A review as REVIEW_FIELDS selects it. */
export interface ReviewResult {
  id: string;
  order: { id: string };
  author: { id: string };
  restaurant: { id: string };
  restaurantRating: number;
  courier: { id: string } | null;
  courierRating: number | null;
  comment: string | null;
  reply: string | null;
  repliedAt: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  createdAt: string;
}

/** A restaurant as RESTAURANT_RATINGS selects it. */
export interface RestaurantRatingsResult {
  id: string;
  rating: number | null;
  reviewCount: number;
  reviews: {
    edges: { cursor: string; node: { id: string; restaurantRating: number; hidden: boolean } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

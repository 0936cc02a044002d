import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { ADMIN_ONLY, caller, outcomeOf, type Outcome } from '@foodgraph/testing/policy';
import type { OrderFacts } from '../../src/domain/eligibility';
import {
  assertCanModerate,
  assertCanReview,
  assertRestaurantOwner,
  assertSignedIn,
  canListHiddenReviews,
  canReadModerationReason,
  canReadReview,
  type ReviewAttempt,
  assertCanReadAdminConsole,
} from '../../src/services/access';

/*
 * The feedback subgraph's policy, one row per guard: what each kind of caller gets when it
 * reviews, replies to or moderates the review of one delivered order. `ok` lets the caller
 * through; otherwise the error code the guard answers with.
 */

const ORDER = '0190a000-0000-7000-8000-000000000001';
const RESTAURANT = '0190a000-0000-7000-8000-000000000003';
const COURIER = '0190a000-0000-7000-8000-000000000004';

const callers = {
  anonymous: ANONYMOUS,
  'the customer': caller('CUSTOMER', 'customer-1'),
  'another customer': caller('CUSTOMER', 'customer-2'),
  "the restaurant's owner": caller('PARTNER', 'owner-1'),
  'another partner': caller('PARTNER', 'owner-2'),
  'the courier': caller('COURIER', 'courier-user-1'),
  admin: caller('ADMIN', 'admin-1'),
} satisfies Record<string, Identity>;
type Caller = keyof typeof callers;

const delivered: OrderFacts = {
  customerId: 'customer-1',
  restaurantId: RESTAURANT,
  status: 'DELIVERED',
  deliveredAt: new Date('2026-11-23T10:00:00Z'),
  courierId: COURIER,
  courierUserId: 'courier-user-1',
};
const attempt = (overrides: Partial<ReviewAttempt> = {}): ReviewAttempt => ({
  orderId: ORDER,
  facts: delivered,
  courierRating: null,
  alreadyReviewed: false,
  ...overrides,
});

const only = (allowed: Caller[], others: Outcome): Record<Caller, Outcome> =>
  Object.fromEntries(
    Object.keys(callers).map((caller) => [
      caller,
      caller === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(caller as Caller) ? 'ok' : others,
    ]),
  ) as Record<Caller, Outcome>;

const policy: [string, (identity: Identity) => unknown, Record<Caller, Outcome>][] = [
  ['start writing a review or a reply', assertSignedIn, only(Object.keys(callers) as Caller[], 'ok')],
  ['review the delivered order', (identity) => assertCanReview(identity, attempt()), only(['the customer'], 'FORBIDDEN')],
  [
    "reply to a review of the owner's restaurant",
    (identity) => assertRestaurantOwner(identity, { ownerId: 'owner-1' }),
    only(["the restaurant's owner"], 'FORBIDDEN'),
  ],
  ['reply while the restaurant has no known owner', (identity) => assertRestaurantOwner(identity, null), only([], 'FORBIDDEN')],
  ['hide or show a review', assertCanModerate, only(['admin'], 'FORBIDDEN')],
];

describe('feedback policy', () => {
  describe.each(policy)('who may %s', (_action, guard, expected) => {
    it.each(Object.entries(expected) as [Caller, Outcome][])('%s: %s', (caller, outcome) => {
      expect(outcomeOf(() => guard(callers[caller]))).toBe(outcome);
    });
  });

  describe('who sees what of a review by the customer', () => {
    const visible = { hidden: false, authorId: 'customer-1' };
    const hidden = { hidden: true, authorId: 'customer-1' };
    it.each(Object.keys(callers) as Caller[])('%s', (caller) => {
      const identity = callers[caller];
      const privileged = caller === 'the customer' || caller === 'admin';
      expect(canReadReview(identity, visible)).toBe(true);
      expect(canReadReview(identity, hidden)).toBe(privileged);
      expect(canReadModerationReason(identity, hidden)).toBe(privileged);
      expect(canListHiddenReviews(identity)).toBe(caller === 'admin');
    });
  });
});

describe('what a refused review answers', () => {
  const customer = callers['the customer'];

  it('hands the review its target when the customer may review', () => {
    expect(assertCanReview(customer, attempt({ courierRating: 5 }))).toEqual({ restaurantId: RESTAURANT, courierId: COURIER });
  });

  it('answers NOT_FOUND for an order it knows nothing (or not enough) about', () => {
    expect(outcomeOf(() => assertCanReview(customer, attempt({ facts: null })))).toBe('NOT_FOUND');
    expect(outcomeOf(() => assertCanReview(customer, attempt({ facts: { ...delivered, restaurantId: null } })))).toBe('NOT_FOUND');
  });

  it("forbids someone else's order and an order not delivered", () => {
    expect(() => assertCanReview(callers['another customer'], attempt())).toThrow('Only the customer who placed this order may review it');
    expect(() => assertCanReview(customer, attempt({ facts: { ...delivered, status: 'PICKED_UP', deliveredAt: null } }))).toThrow(
      'An order can be reviewed once it has been delivered',
    );
  });

  it('refuses a second review with CONFLICT, after the ownership checks', () => {
    expect(outcomeOf(() => assertCanReview(customer, attempt({ alreadyReviewed: true })))).toBe('CONFLICT');
    expect(outcomeOf(() => assertCanReview(callers['another customer'], attempt({ alreadyReviewed: true })))).toBe('FORBIDDEN');
  });

  it('takes a courier rating only when a courier delivered the order', () => {
    const noCourier = { ...delivered, courierId: null, courierUserId: null };
    try {
      assertCanReview(customer, attempt({ facts: noCourier, courierRating: 4 }));
      throw new Error('expected an error');
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.courierRating' });
    }
  });

  it('names the moderator role in its refusal', () => {
    expect(() => assertCanModerate(customer)).toThrow('Only admins may moderate reviews');
  });
});

describe('feedback: the admin console (dashboard figures, dead letters)', () => {
  it.each(ADMIN_ONLY)('$who → $expected', ({ identity, expected }) => {
    expect(outcomeOf(() => assertCanReadAdminConsole(identity))).toBe(expected);
  });
});

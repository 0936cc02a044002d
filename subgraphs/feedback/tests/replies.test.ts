import { uuidv7 } from '@foodgraph/platform/ids';
import { admin, anonymous, FeedbackHarness, user } from './support/feedback-harness';
import { errorOf, HIDE, ok, REPLY, type ReviewResult } from './support/operations';
import { deliveredOrder, openVenue, reviewOrder, type Venue } from './support/order-story';

let h: FeedbackHarness;
let venue: Venue;
beforeAll(async () => {
  h = await FeedbackHarness.start();
  venue = await openVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

async function freshReview(): Promise<ReviewResult> {
  const order = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId);
  return reviewOrder(h, order, { restaurantRating: 2, comment: 'Cold fries' });
}

describe("the restaurant owner's reply", () => {
  it('lets the owner reply once; a second reply is CONFLICT', async () => {
    const review = await freshReview();
    const replied = ok(
      await h.call<{ replyToReview: ReviewResult }>(venue.owner, REPLY, { reviewId: review.id, reply: ' Sorry! ' }),
    ).replyToReview;
    expect(replied).toMatchObject({ id: review.id, reply: 'Sorry!', comment: 'Cold fries' });
    expect(replied.repliedAt).not.toBeNull();
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: review.id, reply: 'Again' })).code).toBe('CONFLICT');
  });

  it("lets no one but the restaurant's owner reply", async () => {
    const review = await freshReview();
    for (const who of [user('PARTNER'), user('CUSTOMER'), admin])
      expect(errorOf(await h.call(who, REPLY, { reviewId: review.id, reply: 'Hi' })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(anonymous, REPLY, { reviewId: review.id, reply: 'Hi' })).code).toBe('UNAUTHENTICATED');
  });

  it('checks the reply is 1 to 1000 characters and the review exists and is visible', async () => {
    const review = await freshReview();
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: review.id, reply: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reply',
    });
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: review.id, reply: 'x'.repeat(1001) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reply',
    });
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: uuidv7(), reply: 'Hi' })).code).toBe('NOT_FOUND');
    ok(await h.call(admin, HIDE, { reviewId: review.id, reason: 'Spam' }));
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: review.id, reply: 'Hi' })).code).toBe('NOT_FOUND');
  });

  it('follows a change of owner announced by menu, ignoring an older snapshot', async () => {
    const review = await freshReview();
    const newOwner = user('PARTNER');
    const snapshot = {
      restaurantId: venue.restaurantId,
      ownerId: newOwner.userId,
      name: 'Chez Test',
      status: 'ACTIVE' as const,
      acceptingOrders: true,
      openingHours: [],
      timeZone: 'Europe/Brussels',
      address: { line1: 'Main Street 1', line2: null, city: 'Ghent', postalCode: '9000', location: null },
      currency: 'EUR',
      deliveryFee: 250,
      minimumOrder: 1000,
    };
    await h.publish('menu.restaurant.changed', { ...snapshot, revision: 5 });
    const stale = await h.publish('menu.restaurant.changed', { ...snapshot, revision: 3, ownerId: venue.owner.userId });
    // Events of one stream are handled in order: once the stale one (revision 3) is in the
    // inbox, revision 5 was handled before it.
    await h.waitFor(
      async () => (await h.dataSource.query<unknown[]>('SELECT 1 FROM inbox WHERE event_id = $1', [stale.id])).length > 0,
      'the stale snapshot to be handled',
    );
    expect(errorOf(await h.call(venue.owner, REPLY, { reviewId: review.id, reply: 'Hi' })).code).toBe('FORBIDDEN');
    expect(
      ok(await h.call<{ replyToReview: ReviewResult }>(newOwner, REPLY, { reviewId: review.id, reply: 'Hi' })).replyToReview.reply,
    ).toBe('Hi');
  });
});

import { DeliveryHarness } from './support/delivery-harness';
import { ACCEPT, DECLINE, DELIVERY, errorOf, ok, SET_AVAILABILITY, type DeliveryResult } from './support/operations';
import { acceptedOrder, moveOrder, north, offeredTo, seedCourier, seedRestaurant, type SeededCourier } from './support/world';

const OFFER_TIMEOUT_MS = 60_000;
const COOLDOWN_MS = 120_000;
const POLL_MS = 25;

/** The test moves time by hand: cool-downs and offer timeouts pass without waiting for them. */
let now = new Date();
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('offering a delivery again when nobody new is left', () => {
  let h: DeliveryHarness;

  beforeAll(async () => {
    h = await DeliveryHarness.start({
      clock: () => now,
      config: { offerTimeoutMs: OFFER_TIMEOUT_MS, reofferCooldownMs: COOLDOWN_MS, dispatchPollMs: POLL_MS },
    });
  });
  afterAll(() => h.stop());

  const offers = async (deliveryId: string) =>
    (
      await h.dataSource.query<Array<{ courier_id: string; status: string }>>(
        'SELECT courier_id, status FROM delivery_offers WHERE delivery_id = $1 ORDER BY offered_at, id',
        [deliveryId],
      )
    ).map((r) => [r.courier_id, r.status]);
  const statusOf = async (deliveryId: string) =>
    ok(await h.call<{ delivery: DeliveryResult }>(h.admin, DELIVERY, { id: deliveryId })).delivery.status;
  /** Ends the order and takes the couriers offline, so that the next test starts with nobody online. */
  const cleanUp = async (order: Parameters<typeof moveOrder>[1], couriers: SeededCourier[]) => {
    await moveOrder(h, order, 'ACCEPTED', 'CANCELLED');
    await h.waitFor(() => h.eventsOf(order.orderId, 'delivery.delivery.cancelled').length === 1, 'the cancelled event');
    for (const c of couriers) ok(await h.call(c.identity, SET_AVAILABILITY, { available: false }));
  };

  it('offers the delivery again to the courier who declined it once the cool-down is over, who can then accept it', async () => {
    const venue = await seedRestaurant(h);
    const solo = await seedCourier(h, 'Solo Sol', { at: north(300) });
    const order = await acceptedOrder(h, venue, north(-1000));
    expect(await offeredTo(h, order.deliveryId)).toBe(solo.id);
    ok(await h.call(solo.identity, DECLINE, { id: order.deliveryId }));

    // Many dispatch passes, but the cool-down has not passed: nobody is asked.
    advance(COOLDOWN_MS - 1000);
    await sleep(POLL_MS * 8);
    expect(await offers(order.deliveryId)).toEqual([[solo.id, 'DECLINED']]);
    expect(await statusOf(order.deliveryId)).toBe('AWAITING_COURIER');

    advance(1000);
    expect(await offeredTo(h, order.deliveryId)).toBe(solo.id);
    expect(await offers(order.deliveryId)).toEqual([
      [solo.id, 'DECLINED'],
      [solo.id, 'PENDING'],
    ]);
    const accepted = ok(await h.call<{ acceptDelivery: DeliveryResult }>(solo.identity, ACCEPT, { id: order.deliveryId })).acceptDelivery;
    expect(accepted).toMatchObject({ status: 'ASSIGNED', courier: { id: solo.id, status: 'ON_DELIVERY' } });
    await h.waitFor(() => h.eventsOf(order.deliveryId, 'delivery.delivery.assigned').length === 1, 'the assigned event');
    expect(h.eventsOf(order.deliveryId, 'delivery.delivery.offered').map((e) => e.data['courierId'])).toEqual([solo.id, solo.id]);
    await cleanUp(order, [solo]);
  });

  it('offers it again at once to a courier who let the offer expire and then went offline and back online', async () => {
    const venue = await seedRestaurant(h);
    const lou = await seedCourier(h, 'Lapsing Lou', { at: north(500) });
    const order = await acceptedOrder(h, venue, north(-800));
    expect(await offeredTo(h, order.deliveryId)).toBe(lou.id);

    advance(OFFER_TIMEOUT_MS);
    await h.waitFor(async () => (await offers(order.deliveryId))[0]?.[1] === 'EXPIRED', 'the offer to expire');
    await sleep(POLL_MS * 8);
    expect(await offers(order.deliveryId)).toEqual([[lou.id, 'EXPIRED']]);

    // Well inside the cool-down, but Lou says "ready" afresh by going offline and online again.
    advance(1000);
    ok(await h.call(lou.identity, SET_AVAILABILITY, { available: false }));
    advance(1000);
    ok(await h.call(lou.identity, SET_AVAILABILITY, { available: true }));
    expect(await offeredTo(h, order.deliveryId)).toBe(lou.id);
    const accepted = ok(await h.call<{ acceptDelivery: DeliveryResult }>(lou.identity, ACCEPT, { id: order.deliveryId })).acceptDelivery;
    expect(accepted).toMatchObject({ status: 'ASSIGNED', courier: { id: lou.id } });
    await cleanUp(order, [lou]);
  });

  it('asks a courier who never had the delivery first, and among those who had it the one who answered longest ago', async () => {
    const venue = await seedRestaurant(h);
    const early = await seedCourier(h, 'Early Ed', { at: north(2000) });
    const order = await acceptedOrder(h, venue, north(-500));
    expect(await offeredTo(h, order.deliveryId)).toBe(early.id);
    ok(await h.call(early.identity, DECLINE, { id: order.deliveryId }));

    // A courier new to this delivery comes online: asked at once, though Ed's cool-down runs.
    advance(10_000);
    const late = await seedCourier(h, 'Late Liv', { at: north(100) });
    expect(await offeredTo(h, order.deliveryId)).toBe(late.id);
    ok(await h.call(late.identity, DECLINE, { id: order.deliveryId }));
    expect(errorOf(await h.call(early.identity, ACCEPT, { id: order.deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });

    // Both cool-downs are over: Ed answered first, so Ed is asked before the nearer Liv.
    advance(COOLDOWN_MS);
    expect(await offeredTo(h, order.deliveryId)).toBe(early.id);
    expect(await offers(order.deliveryId)).toEqual([
      [early.id, 'DECLINED'],
      [late.id, 'DECLINED'],
      [early.id, 'PENDING'],
    ]);
    ok(await h.call(early.identity, DECLINE, { id: order.deliveryId }));
    expect(await offeredTo(h, order.deliveryId)).toBe(late.id);
    await cleanUp(order, [early, late]);
  });
});

import { DeliveryHarness } from './support/delivery-harness';
import { ACCEPT, DELIVERY, errorOf, MY_PROFILE, ok, SET_AVAILABILITY, type CourierResult, type DeliveryResult } from './support/operations';
import { acceptedOrder, moveOrder, north, offeredTo, seedCourier, seedRestaurant } from './support/world';

const OFFER_TIMEOUT_MS = 400;

const offerStatuses = async (h: DeliveryHarness, deliveryId: string) =>
  (
    await h.dataSource.query<Array<{ courier_id: string; status: string }>>(
      'SELECT courier_id, status FROM delivery_offers WHERE delivery_id = $1 ORDER BY offered_at, id',
      [deliveryId],
    )
  ).map((r) => [r.courier_id, r.status]);

describe('re-dispatching', () => {
  let h: DeliveryHarness;

  beforeAll(async () => {
    h = await DeliveryHarness.start({ config: { offerTimeoutMs: OFFER_TIMEOUT_MS, dispatchPollMs: 50 } });
  });
  afterAll(() => h.stop());

  it('offers the next courier when the first does not answer in time, also across a restart', async () => {
    const venue = await seedRestaurant(h);
    const first = await seedCourier(h, 'Slow Sam', { at: north(100) });
    const second = await seedCourier(h, 'Quick Quinn', { at: north(200) });
    const third = await seedCourier(h, 'Third Tess', { at: north(300) });
    const order = await acceptedOrder(h, venue, north(-1500));
    expect(await offeredTo(h, order.deliveryId)).toBe(first.id);

    await h.waitFor(async () => (await offeredTo(h, order.deliveryId)) === second.id, 'the offer to move on', 5000);
    expect(errorOf(await h.call(first.identity, ACCEPT, { id: order.deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });

    // The timeout is a row, not a timer: with every replica down it still fires after a restart.
    await h.stopReplicas();
    await new Promise((r) => setTimeout(r, OFFER_TIMEOUT_MS + 100));
    await h.startReplica();
    await h.waitFor(async () => (await offeredTo(h, order.deliveryId)) === third.id, 'the offer to move on after the restart', 5000);
    expect(await offerStatuses(h, order.deliveryId)).toEqual([
      [first.id, 'EXPIRED'],
      [second.id, 'EXPIRED'],
      [third.id, 'PENDING'],
    ]);
    const accepted = ok(await h.call<{ acceptDelivery: DeliveryResult }>(third.identity, ACCEPT, { id: order.deliveryId })).acceptDelivery;
    expect(accepted.courier?.id).toBe(third.id);
    for (const c of [first, second]) ok(await h.call(c.identity, SET_AVAILABILITY, { available: false }));
  });

  it('keeps a delivery AWAITING_COURIER while nobody is available and assigns it when a courier comes online', async () => {
    const venue = await seedRestaurant(h);
    const courier = await seedCourier(h, 'Late Lou', { at: north(2000), available: false });
    const order = await acceptedOrder(h, venue, north(-500));
    await new Promise((r) => setTimeout(r, 200));
    expect(await offerStatuses(h, order.deliveryId)).toEqual([]);
    expect(ok(await h.call<{ delivery: DeliveryResult }>(order.customer, DELIVERY, { id: order.deliveryId })).delivery.status).toBe(
      'AWAITING_COURIER',
    );

    ok(await h.call(courier.identity, SET_AVAILABILITY, { available: true }));
    expect(await offeredTo(h, order.deliveryId)).toBe(courier.id);
    const accepted = ok(
      await h.call<{ acceptDelivery: DeliveryResult }>(courier.identity, ACCEPT, { id: order.deliveryId }),
    ).acceptDelivery;
    expect(accepted).toMatchObject({ status: 'ASSIGNED', courier: { id: courier.id, status: 'ON_DELIVERY' } });
    // On a delivery a courier cannot go offline.
    expect(errorOf(await h.call(courier.identity, SET_AVAILABILITY, { available: false }))).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
    });

    // The order is cancelled before pick-up: the delivery is CANCELLED and the courier is free.
    await moveOrder(h, order, 'ACCEPTED', 'CANCELLED', { reason: 'Customer called' });
    await h.waitFor(() => h.eventsOf(order.deliveryId, 'delivery.delivery.cancelled').length === 1, 'the cancelled event');
    expect(h.eventsOf(order.deliveryId, 'delivery.delivery.cancelled')[0].data).toMatchObject({
      status: 'CANCELLED',
      courierId: courier.id,
      reason: 'Customer called',
    });
    const after = ok(await h.call<{ delivery: DeliveryResult }>(order.customer, DELIVERY, { id: order.deliveryId })).delivery;
    expect(after.status).toBe('CANCELLED');
    const profile = ok(await h.call<{ myCourierProfile: CourierResult }>(courier.identity, MY_PROFILE)).myCourierProfile;
    expect(profile).toMatchObject({ status: 'AVAILABLE', activeDelivery: null });
    ok(await h.call(courier.identity, SET_AVAILABILITY, { available: false }));
  });

  it('passes an open offer on when its courier goes offline, and withdraws it when the order is cancelled', async () => {
    const venue = await seedRestaurant(h);
    const leaving = await seedCourier(h, 'Leaving Lea', { at: north(100) });
    const staying = await seedCourier(h, 'Staying Stu', { at: north(900) });
    const order = await acceptedOrder(h, venue, north(-500));
    expect(await offeredTo(h, order.deliveryId)).toBe(leaving.id);
    ok(await h.call(leaving.identity, SET_AVAILABILITY, { available: false }));
    await h.waitFor(async () => (await offeredTo(h, order.deliveryId)) === staying.id, 'the offer to move on');

    await moveOrder(h, order, 'ACCEPTED', 'CANCELLED');
    await h.waitFor(() => h.eventsOf(order.deliveryId, 'delivery.delivery.cancelled').length === 1, 'the cancelled event');
    expect(await offerStatuses(h, order.deliveryId)).toEqual([
      [leaving.id, 'WITHDRAWN'],
      [staying.id, 'WITHDRAWN'],
    ]);
    expect(errorOf(await h.call(staying.identity, ACCEPT, { id: order.deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    ok(await h.call(staying.identity, SET_AVAILABILITY, { available: false }));
  });
});

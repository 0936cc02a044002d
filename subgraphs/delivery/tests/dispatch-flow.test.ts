import { DeliveryHarness, user } from './support/delivery-harness';
import {
  ACCEPT,
  DECLINE,
  DELIVERED,
  DELIVERY,
  ENTITIES,
  errorOf,
  MY_PROFILE,
  ok,
  PICKED_UP,
  UPDATE_LOCATION,
  type CourierResult,
  type DeliveryResult,
} from './support/operations';
import { acceptedOrder, north, offeredTo, orderReady, seedCourier, seedRestaurant, type SeededCourier } from './support/world';

describe('dispatching an accepted order to the door', () => {
  let h: DeliveryHarness;
  let near: SeededCourier;
  let middle: SeededCourier;
  let far: SeededCourier;

  beforeAll(async () => {
    h = await DeliveryHarness.start();
    near = await seedCourier(h, 'Nina Near', { at: north(500) });
    middle = await seedCourier(h, 'Mo Middle', { at: north(1000) });
    far = await seedCourier(h, 'Fay Far', { at: north(3000) });
  });
  afterAll(() => h.stop());

  it('offers to the nearest courier, then the next one after a decline, and walks the delivery to DELIVERED', async () => {
    const venue = await seedRestaurant(h);
    const order = await acceptedOrder(h, venue, north(-2000));
    const { deliveryId } = order;

    // The restaurant accepted: the delivery exists and the nearest courier has the offer.
    expect(await offeredTo(h, deliveryId)).toBe(near.id);
    const offered = ok(await h.call<{ myCourierProfile: CourierResult }>(near.identity, MY_PROFILE)).myCourierProfile;
    expect(offered.offeredDelivery).toEqual({ id: deliveryId, status: 'AWAITING_COURIER' });
    const asOffered = ok(await h.call<{ delivery: DeliveryResult }>(near.identity, DELIVERY, { id: deliveryId })).delivery;
    expect(asOffered).toMatchObject({ status: 'AWAITING_COURIER', distanceMeters: 2000, courier: null, order: { id: order.orderId } });
    expect(asOffered.pickup).toMatchObject({ line1: 'Hauptstr. 1', city: 'Berlin' });

    // Only the offered courier may answer.
    expect(errorOf(await h.call(middle.identity, ACCEPT, { id: deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    ok(await h.call(near.identity, DECLINE, { id: deliveryId }));
    expect(await offeredTo(h, deliveryId)).toBe(middle.id);
    expect(errorOf(await h.call(near.identity, ACCEPT, { id: deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });

    const accepted = ok(await h.call<{ acceptDelivery: DeliveryResult }>(middle.identity, ACCEPT, { id: deliveryId })).acceptDelivery;
    expect(accepted).toMatchObject({ status: 'ASSIGNED', courier: { id: middle.id, name: 'Mo Middle', status: 'ON_DELIVERY' } });
    expect(accepted.assignedAt).not.toBeNull();
    // 1000 m to the restaurant plus 2000 m on to the customer at 12 km/h (200 m/min): 15 minutes.
    expect(accepted.etaMinutes).toBe(15);
    expect(h.eventsOf(deliveryId, 'delivery.delivery.offered').map((e) => e.data['courierId'])).toEqual([near.id, middle.id]);
    await h.waitFor(() => h.eventsOf(deliveryId, 'delivery.delivery.assigned').length === 1, 'the assigned event');

    // The kitchen is not done: no pick-up yet, and never by another courier.
    expect(errorOf(await h.call(middle.identity, PICKED_UP, { id: deliveryId }))).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      orderStatus: 'ACCEPTED',
    });
    expect(errorOf(await h.call(far.identity, PICKED_UP, { id: deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.call(middle.identity, DELIVERED, { id: deliveryId }))).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });

    await orderReady(h, order);
    expect(errorOf(await h.call(far.identity, PICKED_UP, { id: deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    const pickedUp = ok(await h.call<{ markPickedUp: DeliveryResult }>(middle.identity, PICKED_UP, { id: deliveryId })).markPickedUp;
    expect(pickedUp.status).toBe('PICKED_UP');
    expect(pickedUp.pickedUpAt).not.toBeNull();

    // On the way: pings join the trail, the ETA follows the courier, and the customer sees them.
    ok(await h.call(middle.identity, UPDATE_LOCATION, { location: north(-1000) }));
    const tracked = ok(await h.call<{ delivery: DeliveryResult }>(order.customer, DELIVERY, { id: deliveryId })).delivery;
    expect(tracked.track).toHaveLength(1);
    expect(tracked.track[0].location.lat).toBeCloseTo(north(-1000).lat, 6);
    // 1000 m left at 200 m/min.
    expect(tracked.etaMinutes).toBe(5);
    expect(tracked.courier?.location?.lat).toBeCloseTo(north(-1000).lat, 6);

    expect(errorOf(await h.call(far.identity, DELIVERED, { id: deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    const delivered = ok(await h.call<{ markDelivered: DeliveryResult }>(middle.identity, DELIVERED, { id: deliveryId })).markDelivered;
    expect(delivered).toMatchObject({ status: 'DELIVERED', etaMinutes: null, courier: { id: middle.id, status: 'AVAILABLE' } });

    await h.waitFor(() => h.eventsOf(deliveryId, 'delivery.delivery.delivered').length === 1, 'the delivered event');
    const [picked] = h.eventsOf(deliveryId, 'delivery.delivery.picked_up');
    const [done] = h.eventsOf(deliveryId, 'delivery.delivery.delivered');
    expect(picked.data).toMatchObject({ orderId: order.orderId, courierId: middle.id, courierUserId: middle.identity.userId });
    expect(done.data).toMatchObject({ orderId: order.orderId, courierId: middle.id, courierUserId: middle.identity.userId });
  });

  it('shows a delivery to its customer, owner, courier and admins only', async () => {
    const venue = await seedRestaurant(h);
    const order = await acceptedOrder(h, venue, north(-800));
    await offeredTo(h, order.deliveryId);
    for (const who of [order.customer, venue.owner, h.admin])
      expect(ok(await h.call<{ delivery: DeliveryResult }>(who, DELIVERY, { id: order.deliveryId })).delivery.id).toBe(order.deliveryId);
    expect(errorOf(await h.call(user('CUSTOMER'), DELIVERY, { id: order.deliveryId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.call({ kind: 'anonymous' }, DELIVERY, { id: order.deliveryId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ok(await h.call(h.admin, DELIVERY, { id: '0190a000-0000-7000-8000-000000000001' }))).toEqual({ delivery: null });

    // Order.delivery and User.courierProfile, as the router resolves them.
    const entities = ok(
      await h.call<{ _entities: Record<string, unknown>[] }>(order.customer, ENTITIES, {
        reps: [
          { __typename: 'Order', id: order.orderId },
          { __typename: 'User', id: near.identity.userId },
        ],
      }),
    )._entities;
    expect(entities[0]).toEqual({ id: order.orderId, delivery: { id: order.deliveryId, status: 'AWAITING_COURIER', courier: null } });
    expect(entities[1]).toEqual({ id: near.identity.userId, courierProfile: { id: near.id, name: 'Nina Near' } });
    const hidden = ok(
      await h.call<{ _entities: Record<string, unknown>[] }>(user('CUSTOMER'), ENTITIES, {
        reps: [{ __typename: 'Order', id: order.orderId }],
      }),
    )._entities;
    expect(hidden[0]).toEqual({ id: order.orderId, delivery: null });
  });
});

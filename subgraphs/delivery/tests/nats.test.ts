import { DeliveryHarness } from './support/delivery-harness';
import { ACCEPT, DELIVERED, DELIVERY, MY_PROFILE, ok, PICKED_UP, type CourierResult, type DeliveryResult } from './support/operations';
import { acceptedOrder, moveOrder, north, offeredTo, orderReady, seedCourier, seedRestaurant } from './support/world';

describe('delivery over NATS JetStream', () => {
  let h: DeliveryHarness;

  beforeAll(async () => {
    h = await DeliveryHarness.start({ bus: 'nats' });
  });
  afterAll(() => h.stop());

  it('dispatches, delivers and reports progress through JetStream, and fails a delivery whose order is cancelled after pick-up', async () => {
    const venue = await seedRestaurant(h);
    const courier = await seedCourier(h, 'Jet Jo', { at: north(300) });

    const order = await acceptedOrder(h, venue, north(-700));
    expect(await offeredTo(h, order.deliveryId)).toBe(courier.id);
    ok(await h.call(courier.identity, ACCEPT, { id: order.deliveryId }));
    await orderReady(h, order);
    ok(await h.call(courier.identity, PICKED_UP, { id: order.deliveryId }));
    ok(await h.call(courier.identity, DELIVERED, { id: order.deliveryId }));
    await h.waitFor(() => h.eventsOf(order.deliveryId, 'delivery.delivery.delivered').length === 1, 'the delivered event on NATS');
    expect(h.eventsOf(order.deliveryId).map((e) => e.type)).toEqual([
      'delivery.delivery.offered',
      'delivery.delivery.assigned',
      'delivery.delivery.picked_up',
      'delivery.delivery.delivered',
    ]);

    // An admin cancels an order the courier already carries: the delivery FAILED, the courier is free.
    const second = await acceptedOrder(h, venue, north(-900));
    await offeredTo(h, second.deliveryId);
    ok(await h.call(courier.identity, ACCEPT, { id: second.deliveryId }));
    await orderReady(h, second);
    ok(await h.call(courier.identity, PICKED_UP, { id: second.deliveryId }));
    await moveOrder(h, second, 'READY_FOR_PICKUP', 'CANCELLED', { reason: 'Fraud suspected' });
    await h.waitFor(() => h.eventsOf(second.deliveryId, 'delivery.delivery.cancelled').length === 1, 'the cancelled event');
    expect(h.eventsOf(second.deliveryId, 'delivery.delivery.cancelled')[0].data).toMatchObject({ status: 'FAILED', courierId: courier.id });
    expect(ok(await h.call<{ delivery: DeliveryResult }>(h.admin, DELIVERY, { id: second.deliveryId })).delivery.status).toBe('FAILED');
    expect(ok(await h.call<{ myCourierProfile: CourierResult }>(courier.identity, MY_PROFILE)).myCourierProfile).toMatchObject({
      status: 'AVAILABLE',
      activeDelivery: null,
    });
  });
});

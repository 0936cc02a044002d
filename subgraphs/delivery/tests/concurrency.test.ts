import { DeliveryHarness } from './support/delivery-harness';
import { ACCEPT, DECLINE, DELIVERED, errorOf, MY_PROFILE, ok, PICKED_UP, type CourierResult } from './support/operations';
import {
  deliveryOf,
  moveOrder,
  north,
  placeOrder,
  seedCourier,
  seedRestaurant,
  type PlacedOrder,
  type SeededCourier,
} from './support/world';

const DELIVERIES = 20;
const COURIERS = 5;

describe('dispatch under contention', () => {
  let h: DeliveryHarness;

  beforeAll(async () => {
    h = await DeliveryHarness.start({ config: { dispatchPollMs: 50 } });
    await h.startReplica();
  });
  afterAll(() => h.stop());

  it('never gives a courier two active deliveries nor a delivery two couriers with 20 deliveries, 5 couriers and 2 replicas', async () => {
    const venue = await seedRestaurant(h);
    const couriers: SeededCourier[] = [];
    for (let i = 0; i < COURIERS; i++) couriers.push(await seedCourier(h, `Racer ${i}`, { at: north(100 + 150 * i) }));

    // Twenty orders accepted at once, all of them ready for pick-up.
    const orders: PlacedOrder[] = await Promise.all(
      Array.from({ length: DELIVERIES }, (_, i) => placeOrder(h, venue, north(-300 - 50 * i))),
    );
    await Promise.all(orders.map((o) => moveOrder(h, o, 'PLACED', 'ACCEPTED')));
    const deliveryIds = await Promise.all(orders.map((o) => deliveryOf(h, o)));
    for (const o of orders) {
      await moveOrder(h, o, 'ACCEPTED', 'PREPARING');
      await moveOrder(h, o, 'PREPARING', 'READY_FOR_PICKUP');
    }
    await h.waitFor(
      async () =>
        (await h.dataSource.query(`SELECT count(*)::int AS n FROM order_snapshots WHERE status = 'READY_FOR_PICKUP'`))[0].n === DELIVERIES,
      'every order to be ready',
    );

    const violations: string[] = [];
    let running = true;
    const monitor = (async () => {
      while (running) {
        const [twoActive, twoOffers, twoAccepted] = await Promise.all([
          h.dataSource.query(
            `SELECT courier_id FROM deliveries WHERE status IN ('ASSIGNED','PICKED_UP') GROUP BY courier_id HAVING count(*) > 1`,
          ),
          h.dataSource.query(`SELECT courier_id FROM delivery_offers WHERE status = 'PENDING' GROUP BY courier_id HAVING count(*) > 1`),
          h.dataSource.query(`SELECT delivery_id FROM delivery_offers WHERE status = 'ACCEPTED' GROUP BY delivery_id HAVING count(*) > 1`),
        ]);
        if (twoActive.length + twoOffers.length + twoAccepted.length > 0)
          violations.push(JSON.stringify({ twoActive, twoOffers, twoAccepted }));
        await new Promise((r) => setTimeout(r, 10));
      }
    })();

    const delivered = async () =>
      (await h.dataSource.query(`SELECT count(*)::int AS n FROM deliveries WHERE status = 'DELIVERED'`))[0].n as number;
    const acceptWins: string[] = [];
    const work = async (courier: SeededCourier, index: number) => {
      // Two couriers turn their first offer down, so declines are part of the race too.
      let declined = index >= 2;
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline && (await delivered()) < DELIVERIES) {
        const url = h.replicaUrls[index % 2];
        const me = ok(await h.call<{ myCourierProfile: CourierResult }>(courier.identity, MY_PROFILE, {}, url)).myCourierProfile;
        if (me.activeDelivery) {
          ok(await h.call(courier.identity, PICKED_UP, { id: me.activeDelivery.id }, url));
          ok(await h.call(courier.identity, DELIVERED, { id: me.activeDelivery.id }, h.replicaUrls[(index + 1) % 2]));
        } else if (me.offeredDelivery) {
          const id = me.offeredDelivery.id;
          if (!declined) {
            declined = true;
            ok(await h.call(courier.identity, DECLINE, { id }, url));
            continue;
          }
          // The same accept on both replicas at once, and a grab at somebody else's delivery.
          const other = deliveryIds[(deliveryIds.indexOf(id) + 1) % DELIVERIES];
          const [a, b, grab] = await Promise.all([
            h.call(courier.identity, ACCEPT, { id }, h.replicaUrls[0]),
            h.call(courier.identity, ACCEPT, { id }, h.replicaUrls[1]),
            h.call(courier.identity, ACCEPT, { id: other }, url),
          ]);
          // The courier's own accept twice at once: the second is a retry, so it either gets the
          // delivery back too or loses the race (FORBIDDEN/CONFLICT); the delivery is assigned once
          // either way (the monitor and the final check below).
          const wins = [a, b].filter((r) => !r.errors);
          expect(wins.length).toBeGreaterThanOrEqual(1);
          for (const lost of [a, b].filter((r) => r.errors)) expect(['FORBIDDEN', 'CONFLICT']).toContain(errorOf(lost)['code']);
          expect(grab.errors).toBeDefined();
          acceptWins.push(id);
        } else {
          await new Promise((r) => setTimeout(r, 15));
        }
      }
    };
    await Promise.all(couriers.map(work));
    running = false;
    await monitor;

    expect(violations).toEqual([]);
    expect(await delivered()).toBe(DELIVERIES);
    expect([...acceptWins].sort()).toEqual([...deliveryIds].sort());

    // Each delivery went to exactly the courier whose offer it accepted, once.
    const rows = await h.dataSource.query<
      Array<{ id: string; courier_id: string; accepted: string[]; assigned_at: Date; delivered_at: Date }>
    >(
      `SELECT d.id, d.courier_id, d.assigned_at, d.delivered_at,
              array(SELECT o.courier_id FROM delivery_offers o WHERE o.delivery_id = d.id AND o.status = 'ACCEPTED') AS accepted
         FROM deliveries d`,
    );
    for (const row of rows) expect(row.accepted).toEqual([row.courier_id]);
    // And no courier's deliveries overlap in time.
    for (const courier of couriers) {
      const mine = rows.filter((r) => r.courier_id === courier.id).sort((a, b) => a.assigned_at.getTime() - b.assigned_at.getTime());
      for (let i = 1; i < mine.length; i++)
        expect(mine[i].assigned_at.getTime()).toBeGreaterThanOrEqual(mine[i - 1].delivered_at.getTime());
    }
    await h.waitFor(() => h.events.filter((e) => e.type === 'delivery.delivery.delivered').length === DELIVERIES, 'every delivered event');
    for (const id of deliveryIds) {
      const row = rows.find((r) => r.id === id)!;
      expect(h.eventsOf(id, 'delivery.delivery.assigned').map((e) => e.data['courierId'])).toEqual([row.courier_id]);
      expect(h.eventsOf(id, 'delivery.delivery.delivered').map((e) => e.data['courierId'])).toEqual([row.courier_id]);
    }
  });
});

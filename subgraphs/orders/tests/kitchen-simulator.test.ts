import { seedVenue, type Venue } from './support/menu-fixtures';
import { ACCEPT, ok } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { placePaid, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let demo: Venue;
let other: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start({ config: { kitchenSimulatorMs: 300 } });
  demo = await seedVenue(h);
  other = await seedVenue(h);
  // The simulator only cooks for the demo restaurant; restart the replica with that setting.
  await h.stopReplicas();
  h.configure({ kitchenSimulatorMs: 300, kitchenSimulatorRestaurants: [demo.restaurantId] });
  await h.startReplica();
});
afterAll(async () => {
  await h?.stop();
});

describe('the demo kitchen simulator', () => {
  it("cooks accepted orders of demo restaurants to READY_FOR_PICKUP in the owner's name", async () => {
    const order = await placePaid(h, user('CUSTOMER'), demo);
    ok(await h.call(demo.owner, ACCEPT, { orderId: order.id, prepMinutes: 5 }));
    const ready = await waitForOrder(h, order.id, 'READY_FOR_PICKUP');
    expect(ready.history.slice(-2)).toEqual([
      expect.objectContaining({ status: 'PREPARING', actor: { id: demo.owner.userId }, reason: 'Kitchen simulator' }),
      expect.objectContaining({ status: 'READY_FOR_PICKUP', actor: { id: demo.owner.userId }, reason: 'Kitchen simulator' }),
    ]);
    expect(ready.lines.every((l) => l.status === 'DONE')).toBe(true);
  });

  it("leaves other restaurants' kitchens alone", async () => {
    const order = await placePaid(h, user('CUSTOMER'), other);
    ok(await h.call(other.owner, ACCEPT, { orderId: order.id, prepMinutes: 5 }));
    await new Promise((r) => setTimeout(r, 1000));
    await waitForOrder(h, order.id, 'ACCEPTED');
  });
});

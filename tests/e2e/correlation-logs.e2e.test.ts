import {
  createDemoRestaurant,
  orderMutation,
  orderOf,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import pino from 'pino';
import { createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer } from './support/couriers';
import { acceptOrder, cookUntilReady, pickUpOnceReady, placePaidOrder, reviewOnceDelivered } from './support/journey';

/** One JSON log line, as pino wrote it. */
interface LogLine {
  msg: string;
  subgraph?: string;
  orderId?: string;
  correlationId?: string;
  requestId?: string;
  to?: string;
  lineId?: string;
}

/** JSON log lines kept in memory, so the test can read what every subgraph logged. */
function memoryLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }), lines };
}

describe('one correlation id follows an order from placeOrder to its review, in the logs', () => {
  const memory = memoryLogger();
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph({ logger: memory.logger, env: { OFFER_TIMEOUT: '30s', DISPATCH_POLL_INTERVAL: '200ms' } });
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Cora Cook'), signUp(sg, 'CUSTOMER', 'Tom Trace')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Trace Bistro', items: [{ name: 'Stew', price: 900 }] });
  });
  afterAll(() => sg?.stop());

  it('logs placement, stock answer, payment, kitchen, offer, courier and review steps under the placement id', async () => {
    // Dee waits next to the kitchen and is asked first; she declines, and Cid takes it.
    const [near, courier] = await Promise.all([createTestCourier(sg, 'Dee Declines'), createTestCourier(sg, 'Cid Courier')]);
    await goOnline(sg, near, { lat: 40.0009, lng: -75.0 });
    await goOnline(sg, courier, { lat: 40.01, lng: -75.0 });

    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 2 }]);
    const accepted = await acceptOrder(sg, partner, order.id);
    orderOf(
      await orderMutation(sg, partner, 'setLineStatus', { orderId: order.id, lineId: accepted.lines[0].id, status: 'COOKING' }),
      'setLineStatus',
    );
    await deliveryStep(sg, near, 'declineDelivery', (await waitForOffer(sg, near, order.id)).id);
    const offered = await waitForOffer(sg, courier, order.id);
    await deliveryStep(sg, courier, 'acceptDelivery', offered.id);
    await cookUntilReady(sg, partner, order.id);
    await pickUpOnceReady(sg, courier, offered.id);
    await deliveryStep(sg, courier, 'markDelivered', offered.id);
    await reviewOnceDelivered(sg, customer, { orderId: order.id, restaurantRating: 5, courierRating: 5 });
    await goOffline(sg, near, courier);

    const lines = memory.lines.map((line) => JSON.parse(line) as LogLine).filter((line) => line.orderId === order.id);
    const step = (name: string, match: (line: LogLine) => boolean): LogLine => {
      const found = lines.filter(match);
      if (found.length !== 1) throw new Error(`expected one "${name}" line for the order, found ${found.length}`);
      return found[0];
    };
    const placement = step('placement', (l) => l.msg === `order ${order.number} placed`);
    const steps = {
      placement,
      stockAnswer: step('stock answer', (l) => l.subgraph === 'orders' && l.to === 'AWAITING_PAYMENT'),
      payment: step('payment', (l) => l.msg === 'payment notification'),
      accept: step('accept', (l) => l.subgraph === 'orders' && l.to === 'ACCEPTED'),
      dish: step('per-dish status', (l) => l.lineId === accepted.lines[0].id && l.to === 'COOKING'),
      ready: step('ready', (l) => l.subgraph === 'orders' && l.to === 'READY_FOR_PICKUP'),
      offerDeclined: step('offer decline', (l) => l.msg === 'offer declined'),
      offerAccepted: step('offer accept', (l) => l.msg === 'offer accepted'),
      pickUp: step('pick-up', (l) => l.msg === 'delivery picked up'),
      delivery: step('delivery', (l) => l.msg === 'delivery delivered'),
      review: step('review', (l) => l.msg === 'review submitted'),
    };
    expect(placement.correlationId).toEqual(expect.any(String));
    const correlations = Object.fromEntries(Object.entries(steps).map(([name, line]) => [name, line.correlationId]));
    expect(correlations).toEqual(Object.fromEntries(Object.keys(steps).map((name) => [name, placement.correlationId])));
    // Each command keeps its own request in its line: a different id from the placement's.
    for (const name of ['accept', 'dish', 'ready', 'offerDeclined', 'offerAccepted', 'pickUp', 'delivery', 'review'] as const) {
      expect([name, steps[name].requestId]).toEqual([name, expect.any(String)]);
      expect([name, steps[name].requestId]).not.toEqual([name, placement.correlationId]);
    }
  });
});

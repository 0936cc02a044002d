import { createLogger } from '@foodgraph/platform/logging';
import { createRouter, type Router } from '@foodgraph/router';
import { postGraphQL } from '@foodgraph/stack';
import {
  createDemoRestaurant,
  eventually,
  orderOf,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OtlpReceiver, SpanKindCode, type ReceivedSpan } from './support/otlp-receiver';

const names = (spans: ReceivedSpan[]): string => spans.map((s) => `${s.service}:${s.name}`).join(', ');

/** The consumer span in `service` handling `type`, and the producer span it continues. */
function hop(spans: ReceivedSpan[], service: string, type: string): { consumer: ReceivedSpan; producer: ReceivedSpan } {
  const consumer = spans.find((s) => s.service === service && s.kind === SpanKindCode.Consumer && s.name.endsWith(`.${type}`));
  if (!consumer) throw new Error(`no ${service} consumer span for ${type} in: ${names(spans)}`);
  const producer = spans.find((s) => s.spanId === consumer.parentSpanId);
  if (!producer) throw new Error(`the parent of ${service}'s ${type} span is not in the trace`);
  return { consumer, producer };
}

describe('tracing (OTLP/HTTP)', () => {
  let receiver: OtlpReceiver;
  let sg: TestSupergraph;
  let stockRouter: Router | undefined;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  // The platform's own logger, read back: debug shows each consumer's "event handled" line.
  const logLines: { msg: string; trace_id?: string; span_id?: string }[] = [];
  const logger = createLogger('test', 'debug', {
    write: (line: string) => void logLines.push(JSON.parse(line) as (typeof logLines)[number]),
  });

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    // Short batches, so spans arrive while the test waits rather than at the stop's flush.
    sg = await startSupergraph({ logger, env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' } });
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Traced Partner'), signUp(sg, 'CUSTOMER', 'Traced Customer')]);
    venue = await createDemoRestaurant(sg, partner, { items: [{ name: 'Traced soup', price: 700 }] });
  });

  afterAll(async () => {
    await stockRouter?.stop();
    await sg?.stop();
    await receiver?.stop();
  });

  /** Places an order through `via` and waits for its saga's first round; the trace of its placeOrder. */
  async function placeTracedOrder(via: TestSupergraph): Promise<ReceivedSpan[]> {
    const isPlacement = (s: ReceivedSpan) => s.service === 'orders' && s.name === 'mutation placeOrder';
    const earlier = new Set(receiver.spans.filter(isPlacement).map((s) => s.traceId));
    const lines = [{ menuItemId: venue.items[0].id, quantity: 1 }];
    const placed = orderOf(await placeOrder(via, customer, { restaurantId: venue.id, lines }), 'placeOrder');
    // Stock reserved by menu and answered back to orders: the saga went round once.
    await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    return eventually(() => {
      const request = receiver.spans.find((s) => isPlacement(s) && !earlier.has(s.traceId));
      if (!request) throw new Error(`no new placeOrder span yet among ${receiver.spans.length}`);
      const trace = receiver.trace(request.traceId);
      for (const service of ['router', 'orders', 'menu', 'delivery', 'feedback'])
        if (!trace.some((s) => s.service === service)) throw new Error(`no ${service} span in the trace yet: ${names(trace)}`);
      hop(trace, 'orders', 'menu.stock.reserved');
      return trace;
    }, 20_000);
  }

  /** Router → orders over HTTP: request → execute → fetch orders → the subgraph's operation span. */
  function expectRouterToOrders(spans: ReceivedSpan[]): void {
    const root = spans.find((s) => s.service === 'router' && s.kind === SpanKindCode.Server);
    expect(root).toMatchObject({ name: 'POST /graphql', parentSpanId: '' });
    const server = spans.find((s) => s.service === 'orders' && s.name === 'mutation placeOrder');
    const fetch = spans.find((s) => s.spanId === server?.parentSpanId);
    expect(fetch).toMatchObject({ service: 'router', kind: SpanKindCode.Client, name: 'fetch orders' });
    const execute = spans.find((s) => s.spanId === fetch?.parentSpanId);
    expect(execute).toMatchObject({ service: 'router', name: 'execute', parentSpanId: root?.spanId });
  }

  it('follows one placeOrder from the router through orders, menu, delivery and feedback as one trace', async () => {
    const spans = await placeTracedOrder(sg);
    expectRouterToOrders(spans);
    // Resolvers and SQL of the request hang under it.
    expect(spans.some((s) => s.service === 'orders' && s.name === 'resolve Mutation.placeOrder')).toBe(true);
    expect(spans.some((s) => s.service === 'orders' && s.kind === SpanKindCode.Client && s.name.startsWith('db INSERT'))).toBe(true);

    // Across NATS: each consumer's span is a child of (and linked to) the producer span of the outbox row.
    for (const service of ['menu', 'delivery', 'feedback']) {
      const { consumer, producer } = hop(spans, service, 'orders.order.placed');
      expect(producer).toMatchObject({ service: 'orders', kind: SpanKindCode.Producer, name: 'publish orders.order.placed' });
      expect(consumer.links).toEqual([{ traceId: producer.traceId, spanId: producer.spanId }]);
    }
    // …and onward: what menu emitted while reacting reaches orders again in the same trace.
    const { producer: reserved } = hop(spans, 'orders', 'menu.stock.reserved');
    expect(reserved).toMatchObject({ service: 'menu', kind: SpanKindCode.Producer });
    const menuConsumer = hop(spans, 'menu', 'orders.order.placed').consumer;
    expect(spans.find((s) => s.spanId === reserved.parentSpanId)).toBe(menuConsumer);

    // The outbox relay's polling is nobody's request: its SQL never joins the trace that nudged it.
    expect(spans.filter((s) => String(s.attributes['db.query.text']).includes('FROM outbox')).map((s) => s.name)).toEqual([]);

    // Log lines written inside a span name it: menu's handling of the event is in this trace.
    expect(logLines).toContainEqual(
      expect.objectContaining({ msg: 'event handled', trace_id: menuConsumer.traceId, span_id: menuConsumer.spanId }),
    );
  });

  it('traces the same way when the stock executor runs the plan instead of the compiled one', async () => {
    // A second router on the same subgraphs, with ROUTER_EXECUTOR=stock's executor.
    stockRouter = createRouter({
      supergraphSdl: readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
      routerSecret: sg.routerSecret,
      subgraphUrls: Object.fromEntries(Object.entries(sg.stack.subgraphs).map(([name, s]) => [name, s.url])),
      subgraphHealthIntervalMs: 0,
      executor: 'stock',
      logger: createLogger('test', 'silent'),
    });
    const { url } = await stockRouter.listen(0);
    const spans = await placeTracedOrder({ ...sg, query: (query, options) => postGraphQL(url, query, options) });
    expectRouterToOrders(spans);
    expect(hop(spans, 'menu', 'orders.order.placed').producer).toMatchObject({ service: 'orders', name: 'publish orders.order.placed' });
  });
});

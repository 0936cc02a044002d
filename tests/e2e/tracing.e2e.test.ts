import {
  createDemoRestaurant,
  eventually,
  orderOf,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createLogger } from '@foodgraph/platform/logging';
import { OtlpReceiver, SpanKindCode, type ReceivedSpan } from './support/otlp-receiver';

/** The consumer span in `service` handling `type`, and the producer span it continues. */
function hop(spans: ReceivedSpan[], service: string, type: string): { consumer: ReceivedSpan; producer: ReceivedSpan } {
  const consumer = spans.find((s) => s.service === service && s.kind === SpanKindCode.Consumer && s.name.endsWith(`.${type}`));
  if (!consumer) throw new Error(`no ${service} consumer span for ${type} in: ${names(spans)}`);
  const producer = spans.find((s) => s.spanId === consumer.parentSpanId);
  if (!producer) throw new Error(`the parent of ${service}'s ${type} span is not in the trace`);
  return { consumer, producer };
}

const names = (spans: ReceivedSpan[]): string => spans.map((s) => `${s.service}:${s.name}`).join(', ');

describe('tracing (OTLP/HTTP)', () => {
  let receiver: OtlpReceiver;
  let sg: TestSupergraph;
  // The platform's own logger, read back: debug shows each consumer's "event handled" line.
  const logLines: { msg: string; trace_id?: string; span_id?: string }[] = [];
  const logger = createLogger('test', 'debug', {
    write: (line: string) => void logLines.push(JSON.parse(line) as (typeof logLines)[number]),
  });

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    // Short batches, so spans arrive while the test waits rather than at the stop's flush.
    sg = await startSupergraph({ logger, env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' } });
  });

  afterAll(async () => {
    await sg?.stop();
    await receiver?.stop();
  });

  it('follows one placeOrder from the router through orders, menu, delivery and feedback as one trace', async () => {
    const [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Traced Partner'), signUp(sg, 'CUSTOMER', 'Traced Customer')]);
    const venue = await createDemoRestaurant(sg, partner, { items: [{ name: 'Traced soup', price: 700 }] });
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
      'placeOrder',
    );
    // Stock reserved by menu and answered back to orders: the saga went round once.
    await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');

    const spans = await eventually(() => {
      const request = receiver.spans.find((s) => s.service === 'orders' && s.name === 'mutation placeOrder');
      if (!request) throw new Error(`no placeOrder span yet among ${receiver.spans.length}`);
      const trace = receiver.trace(request.traceId);
      for (const service of ['router', 'orders', 'menu', 'delivery', 'feedback'])
        if (!trace.some((s) => s.service === service)) throw new Error(`no ${service} span in the trace yet: ${names(trace)}`);
      hop(trace, 'orders', 'menu.stock.reserved');
      return trace;
    }, 20_000);

    // Router → orders over HTTP: the subgraph's server span is a child of the router's fetch span.
    const root = spans.find((s) => s.service === 'router' && s.kind === SpanKindCode.Server);
    expect(root).toMatchObject({ name: 'POST /graphql', parentSpanId: '' });
    const server = spans.find((s) => s.service === 'orders' && s.name === 'mutation placeOrder')!;
    expect(spans.find((s) => s.spanId === server.parentSpanId)).toMatchObject({
      service: 'router',
      kind: SpanKindCode.Client,
      name: 'fetch orders',
    });
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

    // Log lines written inside a span name it: menu's handling of the event is in this trace.
    expect(logLines).toContainEqual(
      expect.objectContaining({ msg: 'event handled', trace_id: menuConsumer.traceId, span_id: menuConsumer.spanId }),
    );
  });
});

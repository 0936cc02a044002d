import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readTracingConfig, startTracing, tracerFor, tracingEnabled, type Tracing } from '../../src/tracing';

/** Service names of the spans each OTLP/HTTP JSON export carried, in arrival order. */
async function receiver(): Promise<{ server: Server; endpoint: string; services: string[] }> {
  const services: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const parsed = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: unknown[] }[];
        }[];
      };
      for (const rs of parsed.resourceSpans) {
        const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of rs.scopeSpans) for (const _span of scope.spans) services.push(service);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, services };
}

describe('startTracing', () => {
  let sink: Awaited<ReturnType<typeof receiver>>;
  let tracing: Tracing | undefined;

  beforeEach(async () => {
    sink = await receiver();
  });
  afterEach(async () => {
    await tracing?.shutdown();
    await new Promise((resolve) => sink.server.close(resolve));
  });

  it('does nothing without an endpoint: no tracers, spans that record nothing', async () => {
    tracing = startTracing(readTracingConfig({}));
    expect(tracingEnabled()).toBe(false);
    expect(tracerFor('orders').startSpan('nothing').isRecording()).toBe(false);
  });

  it('names each component as its own service and flushes what is buffered on shutdown', async () => {
    // A long batch delay: only the shutdown can have sent these.
    tracing = startTracing(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint, OTEL_BSP_SCHEDULE_DELAY: '60000' }));
    expect(tracingEnabled()).toBe(true);
    tracerFor('orders').startSpan('one').end();
    tracerFor('menu').startSpan('two').end();
    expect(() => startTracing(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint }))).toThrow(/already started/);
    await tracing.shutdown();
    expect(tracingEnabled()).toBe(false);
    expect(sink.services.sort()).toEqual(['menu', 'orders']);
  });

  it('lets OTEL_SERVICE_NAME rename a one-component process', async () => {
    tracing = startTracing(readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint, OTEL_SERVICE_NAME: 'orders-eu' }));
    tracerFor('orders').startSpan('one').end();
    await tracing.shutdown();
    expect(sink.services).toEqual(['orders-eu']);
  });
});

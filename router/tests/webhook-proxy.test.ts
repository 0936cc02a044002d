import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@foodgraph/platform/logging';
import { createWebhookProxy } from '../src/http/webhook-proxy';

/** A stand-in orders service that records what reached it. */
function recordingUpstream(): Promise<{
  server: Server;
  url: string;
  seen: { path: string; headers: IncomingMessage['headers']; body: string }[];
}> {
  const seen: { path: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end('{"accepted":true}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen }),
    ),
  );
}

describe('payment webhook pass-through', () => {
  it('forwards the exact body and provider headers to the orders service, without router identity headers', async () => {
    const upstream = await recordingUpstream();
    const proxy = createWebhookProxy({ ordersUrl: upstream.url, logger: createLogger('test', 'silent') });
    const front = createServer((req, res) => void proxy.forward(req, res, req.url ?? '', 'req-1'));
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    try {
      const body = '{"event":"payment.paid","id":"e1"}';
      const res = await fetch(`http://127.0.0.1:${(front.address() as AddressInfo).port}/webhooks/payments/sandbox`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-sandbox-signature': 't=1,v1=abc',
          'x-foodgraph-identity': 'forged',
          authorization: 'Bearer x',
        },
        body,
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ accepted: true });
      expect(upstream.seen).toHaveLength(1);
      const [hit] = upstream.seen;
      expect(hit.path).toBe('/webhooks/payments/sandbox');
      expect(hit.body).toBe(body);
      expect(hit.headers['x-sandbox-signature']).toBe('t=1,v1=abc');
      expect(hit.headers['x-request-id']).toBe('req-1');
      expect(hit.headers['x-foodgraph-identity']).toBeUndefined();
      expect(hit.headers['authorization']).toBeUndefined();
    } finally {
      front.close();
      upstream.server.close();
    }
  });

  it('keeps the query string, where Mercado Pago names (and signs) the payment', async () => {
    const upstream = await recordingUpstream();
    const proxy = createWebhookProxy({ ordersUrl: upstream.url, logger: createLogger('test', 'silent') });
    // As the router calls it: the path without the query.
    const front = createServer((req, res) => void proxy.forward(req, res, '/webhooks/payments/mercadopago', 'req-2'));
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(
        `http://127.0.0.1:${(front.address() as AddressInfo).port}/webhooks/payments/mercadopago?data.id=123&type=payment`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-signature': 'ts=1,v1=abc', 'x-request-id': 'mp-delivery-1' },
          body: '{"type":"payment","data":{"id":"123"}}',
        },
      );
      expect(res.status).toBe(202);
      expect(upstream.seen.map((hit) => [hit.path, hit.headers['x-signature'], hit.headers['x-request-id']])).toEqual([
        ['/webhooks/payments/mercadopago?data.id=123&type=payment', 'ts=1,v1=abc', 'mp-delivery-1'],
      ]);
    } finally {
      front.close();
      upstream.server.close();
    }
  });

  it('only claims POSTs to a provider path', () => {
    const proxy = createWebhookProxy({ ordersUrl: 'http://127.0.0.1:1/graphql', logger: createLogger('test', 'silent') });
    expect(proxy.handles('POST', '/webhooks/payments/sandbox')).toBe(true);
    expect(proxy.handles('GET', '/webhooks/payments/sandbox')).toBe(false);
    expect(proxy.handles('POST', '/webhooks/payments/../graphql')).toBe(false);
    expect(proxy.handles('POST', '/webhooks/other')).toBe(false);
  });

  it('answers 503 when the orders service is down so the provider retries', async () => {
    const proxy = createWebhookProxy({ ordersUrl: 'http://127.0.0.1:9/graphql', logger: createLogger('test', 'silent') });
    const front = createServer((req, res) => void proxy.forward(req, res, '/webhooks/payments/sandbox', 'r'));
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(front.address() as AddressInfo).port}/webhooks/payments/sandbox`, {
        method: 'POST',
        body: '{}',
      });
      expect(res.status).toBe(503);
    } finally {
      front.close();
    }
  });
});

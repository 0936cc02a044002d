import { readBody, sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Path prefix of payment providers' webhooks; the orders subgraph serves the same paths. */
export const PAYMENT_WEBHOOK_PREFIX = '/webhooks/payments/';

export interface WebhookProxy {
  handles(method: string | undefined, path: string): boolean;
  forward(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<void>;
}

export interface WebhookProxyOptions {
  /** The orders subgraph's GraphQL URL; webhooks go to the same origin. */
  ordersUrl: string;
  logger: Logger;
  /** @default 64 KiB — provider notifications are small */
  maxBodyBytes?: number;
  /** @default 10 s */
  timeoutMs?: number;
}

/** Headers never forwarded: hop-by-hop ones, credentials, and the router's own identity headers. */
const DROPPED = /^(host|connection|keep-alive|transfer-encoding|content-length|authorization|cookie|x-foodgraph-.*|x-api-key)$/i;

/**
 * Only the router is public, but a payment provider must reach the orders subgraph's webhook.
 * The router passes `POST /webhooks/payments/<provider>` through byte for byte, query string
 * included (Mercado Pago names the payment in `?data.id=…` and signs that); the orders subgraph
 * authenticates the provider itself (an HMAC over what the provider signs), so the router adds
 * no identity and strips any a caller tries to smuggle in.
 */
export function createWebhookProxy(options: WebhookProxyOptions): WebhookProxy {
  const origin = new URL(options.ordersUrl).origin;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  return {
    handles: (method, path) =>
      method === 'POST' && path.startsWith(PAYMENT_WEBHOOK_PREFIX) && /^[a-z0-9-]+$/.test(path.slice(PAYMENT_WEBHOOK_PREFIX.length)),
    async forward(req, res, path, requestId) {
      const body = await readBody(req, maxBodyBytes);
      const headers: Record<string, string> = { 'x-request-id': requestId };
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !DROPPED.test(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const url = req.url ?? '';
      const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      let upstream: Response;
      try {
        upstream = await fetch(origin + path + query, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (err) {
        options.logger.error({ requestId, err, path }, 'payment webhook could not reach the orders subgraph');
        // 503 makes providers retry later, which is what we want while orders is down.
        return sendJson(res, 503, { error: 'orders service unavailable' });
      }
      const payload = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
        'content-length': payload.length,
      });
      res.end(payload);
    },
  };
}

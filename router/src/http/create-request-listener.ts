import { ErrorCode } from '@foodgraph/platform/errors';
import { sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExplorerRoute } from '../explorer/explorer-route';
import { handleGraphQL, type GraphQLHandlerDeps } from './handle-graphql';
import type { Readiness } from './readiness';
import { requestIdOf } from './request-id';
import type { WebhookProxy } from './webhook-proxy';

export interface RequestListenerDeps extends GraphQLHandlerDeps {
  logger: Logger;
  /** True once the gateway has loaded the supergraph. */
  gatewayLoaded(): boolean;
  /** Subgraph health, cached. */
  readiness(): Promise<Readiness>;
  /** The explorer's page and bundle, when enabled. */
  explorer?: ExplorerRoute | undefined;
  /** Payment providers' webhooks, passed through to the orders subgraph when it exists. */
  webhooks?: WebhookProxy | undefined;
}

/**
 * The router's HTTP surface: `/graphql` (GET and POST), `GET /health` (up), `GET /ready`
 * (gateway loaded and every subgraph healthy). Every response carries `x-request-id`.
 */
export function createRequestListener(deps: RequestListenerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { logger } = deps;

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (deps.explorer?.handles(req, path)) return deps.explorer.serve(req, res, path);
    if (path === '/graphql') return handleGraphQL(req, res, requestId, deps);
    if (deps.webhooks?.handles(req.method, path)) return deps.webhooks.forward(req, res, path, requestId);
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok', service: 'router' });
    if (req.method === 'GET' && path === '/ready') {
      if (!deps.gatewayLoaded()) return sendJson(res, 503, { status: 'not ready', service: 'router', gateway: false });
      const { ready, subgraphs } = await deps.readiness();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', service: 'router', gateway: true, subgraphs });
    }
    return sendJson(res, 404, { error: 'not found' });
  }

  return (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    if (logger.isLevelEnabled('debug')) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        logger.debug({ requestId, method: req.method, url: req.url, status: res.statusCode, ms }, 'request');
      });
    }
    route(req, res, requestId).catch((err: unknown) => {
      logger.error({ requestId, err }, 'unhandled error in the HTTP handler');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.InternalServerError } }] });
    });
  };
}

import { ErrorCode } from '@foodgraph/platform/errors';
import { sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import { serveMetrics, type ScrapeMetrics } from '@foodgraph/platform/metrics';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExplorerRoute } from '../explorer/explorer-route';
import { APP_CONFIG_PATH, appConfigResponder, type AppIdentityProvider } from './app-config';
import { tracingEnabled } from '@foodgraph/platform/tracing';
import { inRequestSpan } from '../tracing/router-spans';
import { handleGraphQL, type GraphQLHandlerDeps } from './handle-graphql';
import type { Cors } from './cors';
import { landingPageResponder } from './landing-page';
import type { RouterReadiness } from './readiness';
import { requestIdOf } from './request-id';
import type { WebApp } from './web-app';
import type { WebhookProxy } from './webhook-proxy';

export interface RequestListenerDeps extends GraphQLHandlerDeps {
  logger: Logger;
  /** Supergraph loaded and not draining. */
  readiness: RouterReadiness;
  /** The explorer's page and bundle, when enabled. */
  explorer?: ExplorerRoute | undefined;
  /** CORS for browser apps on other origins (preflights, allowed origins). */
  cors?: Cors | undefined;
  /** Payment providers' webhooks, passed through to the orders subgraph when it exists. */
  webhooks?: WebhookProxy | undefined;
  /** `GET /metrics` (Prometheus) on this port; undefined when `METRICS_PORT` serves it apart. */
  scrapeMetrics?: ScrapeMetrics | undefined;
  /** The built web app on every path that is not the router's; without it, `GET /` is the landing page. */
  webApp?: WebApp | undefined;
  /** The map's tile URL template for `GET /app-config.json`; null = none. @default DEFAULT_MAP_TILES */
  mapTiles?: string | null | undefined;
  /** Whether payments go through the sandbox, for `GET /app-config.json`. @default true */
  sandboxPayments?: boolean | undefined;
  /** The identity provider the app offers "Sign in with <provider>" for, in `GET /app-config.json`. @default none */
  identityProvider?: AppIdentityProvider | null | undefined;
}

/**
 * The router's HTTP surface: `/graphql` (GET and POST), `GET /health` (up), `GET /ready`
 * (supergraph loaded and not draining), `GET /app-config.json` (the web app's settings), and
 * the web app on the other paths — or, when it is not built, `GET /` as a page linking the
 * rest. Every response carries `x-request-id`.
 */
export function createRequestListener(deps: RequestListenerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { logger } = deps;
  const landingPage = landingPageResponder(deps.explorer !== undefined);
  const appConfig = appConfigResponder({
    mapTiles: deps.mapTiles,
    sandboxPayments: deps.sandboxPayments,
    identityProvider: deps.identityProvider,
  });

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (deps.explorer?.handles(req, path)) return deps.explorer.serve(req, res, path);
    if (path === '/graphql') {
      // Before GraphQL: a preflight is answered here, not refused by Apollo's CSRF check.
      if (deps.cors?.handle(req, res)) return;
      if (tracingEnabled()) return inRequestSpan(req, res, requestId, (trace) => handleGraphQL(req, res, requestId, deps, trace));
      return handleGraphQL(req, res, requestId, deps);
    }
    if (deps.webhooks?.handles(req.method, path)) return deps.webhooks.forward(req, res, path, requestId);
    if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok', service: 'router' });
    if (req.method === 'GET' && path === '/metrics' && deps.scrapeMetrics) return serveMetrics(res, deps.scrapeMetrics);
    if (req.method === 'GET' && path === '/ready') {
      // Subgraph health is not part of it (see RouterReadiness), and internal names stay inside.
      const reason = deps.readiness.notReady();
      return sendJson(
        res,
        reason ? 503 : 200,
        reason ? { status: 'not ready', service: 'router', reason } : { status: 'ready', service: 'router' },
      );
    }
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (read && path === APP_CONFIG_PATH) {
      // Vite's dev server on another origin reads it too (CORS_ORIGINS).
      deps.cors?.handle(req, res);
      return appConfig(res, req.method === 'HEAD');
    }
    if (deps.webApp?.handles(req.method, path)) return deps.webApp.serve(req, res, path);
    if (read && path === '/') return landingPage(res, req.method === 'HEAD');
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

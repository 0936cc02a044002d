import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { verifyRouterRequest } from '../auth/router-signature';
import { ErrorCode } from '../errors';
import type { RequestContext } from '../graphql/context';
import { errorLoggingPlugin, maskError } from '../graphql/mask-errors';
import type { Logger } from '../logging';
import { scrapeRegistry, serveMetrics, type ScrapeMetrics } from '../metrics/serve-metrics';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { useSubgraphMetrics } from '../metrics/use-subgraph-metrics';
import {
  serveSubgraphSubscriptions,
  type SubgraphSubscriptions,
  type SubgraphSubscriptionsOptions,
} from '../subscriptions/serve-subgraph-subscriptions';
import { gracefulCloser } from './graceful-close';
import { tracingEnabled } from '../tracing/active-tracing';
import { TRACEPARENT } from '../tracing/trace-context';
import { inSubgraphRequestSpan, useSubgraphTracing } from '../tracing/use-subgraph-tracing';
import { listenHttp } from './listen';
import { BodyTooLargeError, readBody } from './read-body';
import { sendGraphQLError, sendJson } from './send';

/** An extra HTTP endpoint of a subgraph (JWKS, webhooks, …). */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /**
   * Routes are unsigned by default because their callers are not the router (the router
   * fetching JWKS before it can verify anything, a payment provider's webhook); each route
   * authenticates its caller itself.
   */
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> | void;
}

export interface SubgraphServerOptions<Ctx extends RequestContext> {
  /** Subgraph name, used in logs. */
  name: string;
  schema: GraphQLSchema;
  /** Secret shared with the router; requests without its signature get 403. */
  routerSecret: string;
  logger: Logger;
  /** Adds the subgraph's services to the verified base context. */
  createContext(base: RequestContext): Ctx | Promise<Ctx>;
  routes?: Route[];
  /** Readiness probe behind `GET /ready` (database reachable, consumers running…); 503 anyway once stopping. */
  ready?: () => Promise<boolean>;
  /** How long `stop()` lets requests in flight finish before cutting their connections, in ms. @default 10000 */
  shutdownGraceMs?: number;
  /** Largest accepted request body in bytes. @default 1 MiB */
  maxBodyBytes?: number;
  /**
   * Also serve graphql-ws on `/graphql` (same port) for the router's federated subscriptions.
   * @default false
   */
  subscriptions?: boolean | Pick<SubgraphSubscriptionsOptions<Ctx>, 'connectionInitWaitTimeoutMs' | 'maxPayloadBytes'>;
}

export interface SubgraphServer {
  readonly httpServer: Server;
  readonly apollo: ApolloServer<RequestContext>;
  /** The graphql-ws endpoint, when `subscriptions` was asked for. */
  readonly subscriptions: SubgraphSubscriptions | undefined;
  /**
   * Times every GraphQL request into `metrics` and serves its registry on `GET /metrics`
   * (404 until then). Before `listen()`: Apollo takes no plugins once started.
   */
  useMetrics(metrics: SubgraphMetrics): void;
  /** Listens on `port` (0 = any free port) and resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP server: `POST /graphql` for the router only (signature checked over the
 * exact body bytes before anything is parsed), `GET /health`, `GET /ready`, `GET /metrics`
 * and extra routes. Like the probes, `/metrics` is unsigned: Prometheus scrapes it directly on
 * the internal network, and it tells nothing about any caller.
 * Built on node:http directly so the hot path is one buffer read and one JSON parse.
 */
export function createSubgraphServer<Ctx extends RequestContext>(opts: SubgraphServerOptions<Ctx>): SubgraphServer {
  const { logger } = opts;
  const maxBodyBytes = opts.maxBodyBytes ?? 1024 * 1024;
  const apollo = new ApolloServer<RequestContext>({
    schema: opts.schema,
    formatError: maskError,
    // Inline traces are for Apollo Studio, which we do not use; they cost time per request.
    plugins: [
      errorLoggingPlugin(logger),
      ApolloServerPluginInlineTraceDisabled(),
      ...(tracingEnabled() ? [useSubgraphTracing(opts.name)] : []),
    ],
    // Subgraphs are private: only the signed router reaches them, and it composes statically.
    introspection: true,
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    // The process entry point owns SIGINT/SIGTERM (graceful stop of relay, consumers, db);
    // Apollo's own handler would stop the server and re-kill the process half-way.
    stopOnTerminationSignals: false,
    logger,
  });
  const routes = new Map((opts.routes ?? []).map((r) => [`${r.method} ${r.path}`, r]));

  let scrape: ScrapeMetrics | undefined;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const startedAt = performance.now();
    const check = verifyRouterRequest(opts.routerSecret, req.headers, body);
    if (!check.ok) {
      logger.warn({ reason: check.reason, remote: req.socket.remoteAddress }, 'refused a request the router did not sign');
      sendGraphQLError(res, 403, ErrorCode.Forbidden, 'This service only accepts requests from the foodgraph router');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendGraphQLError(res, 400, ErrorCode.BadUserInput, 'Request body is not valid JSON');
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const { requestId, identity, clientAddress } = check;
    // The router signed its traceparent with the rest, so a verified request's is its own.
    if (tracingEnabled()) {
      const traceparent = req.headers[TRACEPARENT];
      await inSubgraphRequestSpan(opts.name, typeof traceparent === 'string' ? traceparent : undefined, () =>
        execute(res, headers, parsed, { identity, requestId, clientAddress, startedAt }),
      );
      return;
    }
    await execute(res, headers, parsed, { identity, requestId, clientAddress, startedAt });
  }

  async function execute(
    res: ServerResponse,
    headers: HeaderMap,
    parsed: unknown,
    { identity, requestId, clientAddress, startedAt }: Pick<RequestContext, 'identity' | 'requestId' | 'clientAddress' | 'startedAt'>,
  ) {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: parsed },
      context: async () => opts.createContext({ identity, requestId, clientAddress, startedAt, logger: logger.child({ requestId }) }),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const httpServer = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';
    void (async () => {
      try {
        if (method === 'GET' && path === '/health') return sendJson(res, 200, { status: 'ok', service: opts.name });
        if (method === 'GET' && path === '/ready') {
          const ok = !stopping && (opts.ready ? await opts.ready().catch(() => false) : true);
          return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: opts.name });
        }
        if (method === 'GET' && path === '/metrics' && scrape) return await serveMetrics(res, scrape);
        const route = routes.get(`${method} ${path}`);
        const isGraphQL = path === '/graphql' && method === 'POST';
        if (!route && !isGraphQL) return sendJson(res, 404, { error: 'not found' });
        const body = method === 'POST' ? await readBody(req, maxBodyBytes) : Buffer.alloc(0);
        if (route) return await route.handle(req, res, body);
        return await handleGraphQL(req, res, body);
      } catch (err) {
        if (err instanceof BodyTooLargeError) return sendGraphQLError(res, 413, ErrorCode.BadUserInput, 'Request body too large');
        logger.error({ err, path }, 'unhandled error in HTTP handler');
        if (!res.headersSent) sendGraphQLError(res, 500, ErrorCode.InternalServerError, 'Internal server error');
        else res.destroy();
      }
    })();
  });
  httpServer.keepAliveTimeout = 65_000; // longer than the router's pool idle timeout
  const subscriptions = opts.subscriptions
    ? serveSubgraphSubscriptions({ ...(opts.subscriptions === true ? {} : opts.subscriptions), ...opts, httpServer })
    : undefined;

  const close = gracefulCloser(httpServer);
  let started = false;
  let stopping = false;
  return {
    httpServer,
    apollo,
    subscriptions,
    useMetrics(metrics) {
      apollo.addPlugin(useSubgraphMetrics(metrics));
      scrape = scrapeRegistry(metrics.registry);
    },
    async listen(port, host = '127.0.0.1') {
      if (!started) {
        await apollo.start();
        started = true;
      }
      const bound = await listenHttp(httpServer, port, host);
      stopping = false;
      logger.info({ port: bound.port }, `${opts.name} subgraph listening`);
      return bound;
    },
    async stop() {
      stopping = true;
      // Upgraded sockets are no longer HTTP connections: close them (1001) before the server.
      await subscriptions?.close();
      // A router's query or mutation in flight gets its answer: cutting it would turn a
      // committed mutation into an error the client may retry.
      await close(opts.shutdownGraceMs ?? 10_000);
      if (started) await apollo.stop();
    },
  };
}

import { listenHttp, sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import { scrapeRegistry, serveMetrics, type ScrapeMetrics } from '@foodgraph/platform/metrics';
import { createServer, type Server } from 'node:http';
import { scrapeThroughPrimary } from './cluster-metrics';
import type { RouterMetrics } from './router-metrics';

/** `RouterOptions.metrics`. */
export interface RouterMetricsOptions {
  /**
   * Serve `GET /metrics` on this port alone (`METRICS_PORT`; 0 = any free port), so the
   * public port, which faces the internet, has none. @default undefined: `/metrics` on the public port
   */
  port?: number | undefined;
  /**
   * This router is a node:cluster worker: `/metrics` answers with the aggregate of every worker,
   * through the primary (`aggregateWorkerMetrics`). The process entry sets it. @default false
   */
  cluster?: boolean | undefined;
}

/** Where the router's `/metrics` is served. */
export interface MetricsEndpoint {
  /** The public listener's `/metrics`; undefined when a separate port serves it. */
  readonly publicScrape: ScrapeMetrics | undefined;
  /** Listens on the separate port, if any; resolves with its `/metrics` URL. */
  listen(host: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** The router's `/metrics`: on the public port, or alone on `options.port`. */
export function createMetricsEndpoint(metrics: RouterMetrics, options: RouterMetricsOptions, logger: Logger): MetricsEndpoint {
  const scrape = options.cluster ? scrapeThroughPrimary(metrics.registry) : scrapeRegistry(metrics.registry);
  const port = options.port;
  if (port === undefined) return { publicScrape: scrape, listen: () => Promise.resolve(undefined), close: () => Promise.resolve() };
  let server: Server | undefined;
  return {
    publicScrape: undefined,
    async listen(host) {
      server ??= createServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method === 'GET' && path === '/metrics') return void serveMetrics(res, scrape);
        sendJson(res, 404, { error: 'not found' });
      });
      if (server.listening) return undefined;
      const { url } = await listenHttp(server, port, host);
      const metricsUrl = new URL('/metrics', url).href;
      logger.info({ url: metricsUrl }, 'router metrics listening');
      return metricsUrl;
    },
    async close() {
      const closing = server;
      server = undefined;
      if (!closing?.listening) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
  };
}

import type { ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { processMetricsRegistry } from './metrics-registry';

/** The exposition a `/metrics` answer carries: prom-client's text and its content type. */
export interface MetricsExposition {
  contentType: string;
  body: string;
}

/** Where a `/metrics` answer comes from: one role's registry, or a cluster's aggregate. */
export type ScrapeMetrics = () => Promise<MetricsExposition>;

/**
 * Scrapes one role's registry together with the process metrics. The text format is a list
 * of metric families, so two registries without a name in common concatenate into one page.
 */
export function scrapeRegistry(registry: Registry): ScrapeMetrics {
  const process = processMetricsRegistry();
  return async () => {
    const [own, shared] = await Promise.all([registry.metrics(), process.metrics()]);
    return { contentType: registry.contentType, body: own + shared };
  };
}

/**
 * Answers `GET /metrics` in the Prometheus text format. A collector that throws (a database
 * that is down behind the outbox gauge) fails the scrape with 500, which Prometheus records as
 * `up == 0` for the target: better than a partial page that reads as "all fine".
 */
export async function serveMetrics(res: ServerResponse, scrape: ScrapeMetrics): Promise<void> {
  let exposition: MetricsExposition;
  try {
    exposition = await scrape();
  } catch (err) {
    const text = `metrics collection failed: ${err instanceof Error ? err.message : String(err)}\n`;
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  res.writeHead(200, {
    'content-type': exposition.contentType,
    'content-length': Buffer.byteLength(exposition.body),
    'cache-control': 'no-store',
  });
  res.end(exposition.body);
}

import { processMetricsRegistry, type ScrapeMetrics } from '@foodgraph/platform/metrics';
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const SCRAPE_REQUEST = 'foodgraph:metrics-scrape';
const SCRAPE_ANSWER = 'foodgraph:metrics-scraped';
/** prom-client's primary gives workers 5 s to answer; a scrape waits a little longer for its result. */
const SCRAPE_TIMEOUT_MS = 6_000;

interface ScrapeRequest {
  type: typeof SCRAPE_REQUEST;
  id: number;
}
interface ScrapeAnswer {
  type: typeof SCRAPE_ANSWER;
  id: number;
  contentType?: string;
  body?: string;
  error?: string;
}

const isRequest = (message: unknown): message is ScrapeRequest => (message as ScrapeRequest | null)?.type === SCRAPE_REQUEST;
const isAnswer = (message: unknown): message is ScrapeAnswer => (message as ScrapeAnswer | null)?.type === SCRAPE_ANSWER;

/**
 * The cluster primary's half: aggregates every worker's registries (prom-client's
 * AggregatorRegistry: counters and histograms summed, so `foodgraph_router_workers` is the
 * worker count) whenever a worker asks on behalf of a scrape. The primary serves no port of
 * its own: a scrape reaches whichever worker node:cluster hands the connection to, and that
 * worker relays it here, so `/metrics` shows the whole cluster wherever it lands.
 */
export function aggregateWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isRequest(message)) return;
    const reply = (answer: Omit<ScrapeAnswer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: SCRAPE_ANSWER, id: message.id, ...answer } satisfies ScrapeAnswer);
    };
    aggregator.clusterMetrics().then(
      (body) => reply({ body, contentType: aggregator.contentType }),
      (err: unknown) => reply({ error: err instanceof Error ? err.message : String(err) }),
    );
  });
}

/**
 * A worker's scrape: its own registry and the process metrics are offered to the primary's
 * aggregation, and a `/metrics` request is answered with the primary's aggregate of all workers.
 */
export function scrapeThroughPrimary(registry: Registry): ScrapeMetrics {
  AggregatorRegistry.setRegistries([registry, processMetricsRegistry()]);
  // prom-client answers the primary's requests from a listener it adds when an
  // AggregatorRegistry is constructed; in a worker that is all this instance is for.
  new AggregatorRegistry();
  let nextId = 0;
  const waiting = new Map<number, (answer: ScrapeAnswer) => void>();
  process.on('message', (message: unknown) => {
    if (isAnswer(message)) waiting.get(message.id)?.(message);
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the router cluster primary did not aggregate the workers in time'));
      }, SCRAPE_TIMEOUT_MS);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (answer.error !== undefined || answer.body === undefined) reject(new Error(answer.error ?? 'no metrics'));
        else resolve({ contentType: answer.contentType ?? registry.contentType, body: answer.body });
      });
      process.send?.({ type: SCRAPE_REQUEST, id } satisfies ScrapeRequest);
    });
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { SubgraphMetrics } from './subgraph-metrics';

/**
 * The metrics of the subgraph whose background workers are being started. A subgraph builds
 * its pollers in its own code (`startDeadlinePoller`, `startDispatchPoller`) on the platform's
 * `startPeriodicLoop`; the lifecycle starts those factories inside this scope, so every loop
 * reports under its subgraph without each subgraph threading a metrics object through.
 */
export const loopMetricsScope = new AsyncLocalStorage<SubgraphMetrics>();

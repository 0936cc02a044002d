import type { SubgraphMetrics } from './subgraph-metrics';

let current: SubgraphMetrics | undefined;

/**
 * Runs `start` (a subgraph's background-worker factory) with `metrics` as the metrics of every
 * periodic loop it starts. A subgraph builds its pollers in its own code (`startDeadlinePoller`,
 * `startDispatchPoller`) on the platform's `startPeriodicLoop`; the lifecycle starts those
 * factories in this scope, so each loop reports under its subgraph without every subgraph
 * threading a metrics object through. Synchronous on purpose: worker factories return at once,
 * and an AsyncLocalStorage would switch on promise hooks for the whole process (Node 20).
 */
export function withLoopMetrics<T>(metrics: SubgraphMetrics, start: () => T): T {
  const previous = current;
  current = metrics;
  try {
    return start();
  } finally {
    current = previous;
  }
}

/** The metrics of the worker factory running right now, if a lifecycle started it. */
export function currentLoopMetrics(): SubgraphMetrics | undefined {
  return current;
}

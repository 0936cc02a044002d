import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every series foodgraph defines starts with it (Prometheus' one-namespace-per-application rule). */
export const METRIC_PREFIX = 'foodgraph_';

let processRegistry: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, event-loop lag, GC, handles) with the `foodgraph_`
 * prefix, collected once per process. `npm start` and the tests run the router and every
 * subgraph in one process: each role's `/metrics` shows these same process series beside its
 * own, rather than each role starting its own GC observer and event-loop monitor.
 */
export function processMetricsRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: METRIC_PREFIX });
  }
  return processRegistry;
}

/**
 * A registry for one process role (the router, one subgraph). Not prom-client's global
 * registry: in a process that runs several roles, each must answer its own `/metrics` with its
 * own series under the same names.
 */
export function createMetricsRegistry(): Registry {
  return new Registry();
}

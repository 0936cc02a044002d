export { createMetricsRegistry, processMetricsRegistry, METRIC_PREFIX } from './metrics-registry';
export { scrapeRegistry, serveMetrics, type MetricsExposition, type ScrapeMetrics } from './serve-metrics';
export { BoundedLabel, ANONYMOUS_LABEL, OTHER_LABEL } from './bounded-label';
export { SubgraphMetrics, secondsSince, type DeliveryOutcome, type LoopMetrics, type PendingSource } from './subgraph-metrics';

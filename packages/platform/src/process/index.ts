export { systemClock, type Clock, type Subgraph, type SubgraphDeps } from '../subgraph-runtime';
export { retryWithin, type RetryWindow } from './eventually';
export { runSubgraphProcess } from './run-subgraph-process';
export { type SubgraphDescriptor } from './subgraph-descriptor';
export { createSubgraphLifecycle, type ConsumerSpec } from './subgraph-lifecycle';
export { startPeriodicLoop, type PeriodicLoop } from '../polling/periodic-loop';
export { exitGracefullyOnSignals, onShutdown, readShutdownGrace, type ShutdownHook } from './graceful-shutdown';

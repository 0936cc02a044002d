export { systemClock, type Clock, type Subgraph, type SubgraphDeps } from '../subgraph-runtime';
export { runSubgraphProcess } from './run-subgraph-process';
export { type SubgraphDescriptor } from './subgraph-descriptor';
export {
  createSubgraphLifecycle,
  type SubgraphLifecycle,
  type SubgraphLifecycleOptions,
  type SubgraphParts,
  type ConsumerSpec,
  type BackgroundWorker,
} from './subgraph-lifecycle';
export { startPeriodicLoop, type PeriodicLoop, type PeriodicLoopOptions } from '../polling/periodic-loop';

// Its own subpath (`@foodgraph/platform/shutdown`) so the router takes it without the subgraph
// process code (database, bus) that `@foodgraph/platform/process` brings along.
export {
  DEFAULT_SHUTDOWN_GRACE_MS,
  exitGracefullyOnSignals,
  onShutdown,
  readShutdownGrace,
  runShutdownHooks,
  type GracefulExit,
  type GracefulExitOptions,
  type ShutdownHook,
} from './process/graceful-shutdown';

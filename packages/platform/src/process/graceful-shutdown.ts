import { duration, type Env } from '../config';
import type { Logger } from '../logging';

/** `SHUTDOWN_GRACE` when unset: under Kubernetes' default `terminationGracePeriodSeconds` (30 s). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 25_000;

/**
 * `SHUTDOWN_GRACE`: the whole time a process has from SIGTERM to its exit — readiness off,
 * in-flight requests, subscriptions, consumers, then the last hooks (trace flush). Past it the
 * process exits anyway, with 1, before an orchestrator's SIGKILL would (keep its grace period
 * above this one).
 */
export function readShutdownGrace(env: Env): number {
  return duration(env, 'SHUTDOWN_GRACE', DEFAULT_SHUTDOWN_GRACE_MS);
}

/** Something that must run once everything else of the process has stopped, e.g. a trace flush. */
export type ShutdownHook = () => Promise<void>;

const hooks: { name: string; run: ShutdownHook }[] = [];

/**
 * Registers `run` to be awaited after the process stopped serving and consuming, before it
 * exits: the spans of the last requests and events are ended by then, so a trace exporter's
 * flush belongs here. Hooks run in registration order; a failing one is logged and does not
 * keep the others from running. Returns a function that unregisters it (tests, restarts).
 */
export function onShutdown(name: string, run: ShutdownHook): () => void {
  const hook = { name, run };
  hooks.push(hook);
  return () => {
    const at = hooks.indexOf(hook);
    if (at >= 0) hooks.splice(at, 1);
  };
}

/** Runs every registered hook once (they are removed as they run). */
export async function runShutdownHooks(logger: Logger): Promise<void> {
  for (const hook of hooks.splice(0)) {
    try {
      await hook.run();
    } catch (err) {
      logger.warn({ err, hook: hook.name }, 'shutdown hook failed');
    }
  }
}

/** Options of `exitGracefullyOnSignals`. */
export interface GracefulExitOptions {
  logger: Logger;
  /** From SIGTERM to exit at most, in ms (`readShutdownGrace`). */
  graceMs: number;
  /** Stops the process's work (readiness off, drain, release); the hooks run after it. */
  stop(reason: string): Promise<void>;
  /** Where the exit goes (a test replaces it). @default process.exit */
  exit?: (code: number) => void;
}

/** A started graceful exit: `begin` is what a signal calls, and what a fatal start-up error may call. */
export interface GracefulExit {
  /** Stops, runs the hooks and exits with `code` (1 if anything failed or the grace ran out). Idempotent. */
  readonly begin: (reason: string, code?: number) => void;
}

/**
 * Owns SIGINT/SIGTERM of a process entry: the first signal stops the process's work, runs the
 * shutdown hooks and exits 0 (1 when a step failed); a deadline of `graceMs` exits 1 whatever
 * still hangs, naming it in the log, so an orchestrator never has to SIGKILL a half-stopped
 * process whose exit code then says nothing.
 */
export function exitGracefullyOnSignals(options: GracefulExitOptions): GracefulExit {
  const { logger, graceMs } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let begun = false;
  const begin = (reason: string, code = 0): void => {
    if (begun) return;
    begun = true;
    const startedAt = Date.now();
    let step = 'stopping';
    const deadline = setTimeout(() => {
      logger.error({ reason, graceMs, step }, 'shutdown grace (SHUTDOWN_GRACE) ran out; exiting anyway');
      exit(1);
    }, graceMs);
    // Nothing else may hold the process: once the steps are done, it exits by itself below.
    deadline.unref();
    void (async () => {
      try {
        await options.stop(reason);
      } catch (err) {
        logger.error({ err }, 'did not stop cleanly');
        code = 1;
      }
      step = 'shutdown hooks';
      await runShutdownHooks(logger);
      clearTimeout(deadline);
      logger.info({ reason, ms: Date.now() - startedAt }, 'stopped');
      exit(code);
    })();
  };
  // `on`, not `once`: a process often gets the signal twice (from a supervisor and from its
  // process group); a second one must not kill it with the default handler mid-drain.
  process.on('SIGINT', () => begin('SIGINT'));
  process.on('SIGTERM', () => begin('SIGTERM'));
  return { begin };
}

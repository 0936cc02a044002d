import type { Logger } from '../logging';
import { currentLoopMetrics } from '../metrics/loop-metrics-scope';
import { outsideTraces } from '../tracing/active-tracing';

export interface PeriodicLoopOptions {
  /** What a pass is about, for the log line of a failed pass: `<what> pass failed`, e.g. `deadline`. */
  what: string;
  /** Logger already scoped to the component (`logger.child({ component: 'deadline-poller' })`). */
  logger: Logger;
  /** Pause between the end of one pass and the start of the next. */
  intervalMs: number;
  /** Pause before the first pass. @default 0 (the first pass starts at once) */
  firstDelayMs?: number;
  /**
   * One pass: typically claim a batch of due rows (`FOR UPDATE SKIP LOCKED`, so replicas share
   * the work) and handle them one transaction at a time. `signal` aborts on `stop()`; check it
   * between rows or batches, so stopping waits for one unit of work rather than a whole batch.
   * A thrown error is logged and the loop carries on at the next interval.
   */
  pass(signal: AbortSignal): Promise<void>;
}

export interface PeriodicLoop {
  /** Runs a pass now, or right after the one in flight: something just became due. */
  nudge(): void;
  /** Stops the loop and waits for the pass in flight; no pass starts afterwards. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` over and over, `intervalMs` apart, never two at a time. A nudge during a pass
 * earns one more pass right after it (however many nudges came), so work that became due
 * meanwhile is not left waiting for the interval. Timers are unref'd: a loop alone never
 * keeps a process (or a test run) alive.
 */
export function startPeriodicLoop(options: PeriodicLoopOptions): PeriodicLoop {
  const { what, logger, intervalMs } = options;
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  // Started by a subgraph's lifecycle: report passes and lag under that subgraph's /metrics.
  const metrics = currentLoopMetrics()?.loop(what);

  const schedule = (delay: number): void => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(nudge, delay);
    timer.unref();
  };

  // A request or a reaction may nudge: the passes (and the timers they set) must not run in its trace.
  function nudge(): void {
    outsideTraces(nudgeNow);
  }

  function nudgeNow(): void {
    if (stopping.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    again = false;
    const started = performance.now();
    let failed = false;
    running = options
      .pass(stopping.signal)
      .catch((error: unknown) => {
        failed = true;
        logger.error({ err: error }, `${what} pass failed`);
      })
      .then(() => {
        metrics?.passEnded((performance.now() - started) / 1000, failed);
        running = null;
        schedule(again ? 0 : intervalMs);
      });
  }

  const firstDelayMs = options.firstDelayMs ?? 0;
  if (firstDelayMs > 0) schedule(firstDelayMs);
  else nudge();
  return {
    nudge,
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      metrics?.stopped();
    },
  };
}

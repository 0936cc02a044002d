import { createLogger } from '../src/logging';
import { startPeriodicLoop, type PeriodicLoop } from '../src/polling/periodic-loop';
import { eventually, sleep } from './fixtures';

const logger = createLogger('periodic-loop-test', 'silent');
/** A pass the test releases by hand, so it can act while one is in flight. */
function gatedPass() {
  let started = 0;
  let release: (() => void) | null = null;
  const signals: AbortSignal[] = [];
  return {
    get started() {
      return started;
    },
    signals,
    release() {
      const open = release;
      release = null;
      open?.();
    },
    pass(signal: AbortSignal): Promise<void> {
      started += 1;
      signals.push(signal);
      return new Promise((resolve) => (release = resolve));
    },
  };
}

describe('a periodic loop', () => {
  const loops: PeriodicLoop[] = [];
  afterEach(async () => {
    await Promise.all(loops.splice(0).map((loop) => loop.stop()));
  });
  const start = (options: Omit<Parameters<typeof startPeriodicLoop>[0], 'what' | 'logger'>): PeriodicLoop => {
    const loop = startPeriodicLoop({ what: 'test', logger, ...options });
    loops.push(loop);
    return loop;
  };

  it('runs the first pass at once and the next ones an interval apart', async () => {
    const starts: number[] = [];
    const began = Date.now();
    start({ intervalMs: 60, pass: async () => void starts.push(Date.now() - began) });
    expect(starts).toHaveLength(1);
    await eventually(() => starts.length >= 3);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(55);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(55);
  });

  it('waits firstDelayMs before the first pass', async () => {
    let passes = 0;
    start({ intervalMs: 10, firstDelayMs: 150, pass: async () => void (passes += 1) });
    await sleep(80);
    expect(passes).toBe(0);
    await eventually(() => passes > 0);
  });

  it('never runs two passes at once, and nudges during a pass earn exactly one more pass at once', async () => {
    const gate = gatedPass();
    const loop = start({ intervalMs: 60_000, pass: (signal) => gate.pass(signal) });
    expect(gate.started).toBe(1);
    loop.nudge();
    loop.nudge();
    loop.nudge();
    await sleep(20);
    expect(gate.started).toBe(1);
    gate.release();
    await eventually(() => gate.started === 2);
    gate.release();
    await sleep(50);
    // The interval is a minute: a third pass now would mean the nudges were counted twice.
    expect(gate.started).toBe(2);
  });

  it('logs a failing pass and carries on', async () => {
    const errors: unknown[] = [];
    const spy = logger.child({});
    spy.error = (obj: unknown) => void errors.push(obj);
    let passes = 0;
    const loop = startPeriodicLoop({
      what: 'flaky',
      logger: spy,
      intervalMs: 20,
      pass: async () => {
        passes += 1;
        if (passes === 1) throw new Error('database hiccup');
      },
    });
    loops.push(loop);
    await eventually(() => passes >= 2);
    expect(errors).toEqual([{ err: new Error('database hiccup') }]);
  });

  it('stop aborts the signal, waits for the pass in flight and starts no pass afterwards', async () => {
    const gate = gatedPass();
    const loop = start({ intervalMs: 10, pass: (signal) => gate.pass(signal) });
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    expect(gate.signals[0].aborted).toBe(true);
    await sleep(20);
    expect(stopped).toBe(false);
    gate.release();
    await stopping;
    loop.nudge();
    await sleep(50);
    expect(gate.started).toBe(1);
  });
});

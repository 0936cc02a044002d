import { createLogger } from '../../src/logging';
import { exitGracefullyOnSignals, onShutdown, readShutdownGrace } from '../../src/process/graceful-shutdown';

const logger = createLogger('graceful-shutdown-test', 'silent');

/** exitGracefullyOnSignals listens to SIGINT/SIGTERM; the jest worker keeps only its own listeners. */
const listenersBefore = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
afterEach(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(signal)) if (!listenersBefore[signal].includes(listener)) process.off(signal, listener);
});

/** Starts a graceful exit whose `exit` resolves the returned promise with the code. */
function exitWith(stop: () => Promise<void>, graceMs = 5_000): { begin: (reason: string, code?: number) => void; code: Promise<number> } {
  let exited!: (code: number) => void;
  const code = new Promise<number>((resolve) => (exited = resolve));
  const { begin } = exitGracefullyOnSignals({ logger, graceMs, stop, exit: exited });
  return { begin, code };
}

describe('graceful exit', () => {
  it('reads SHUTDOWN_GRACE, 25 s by default', () => {
    expect(readShutdownGrace({})).toBe(25_000);
    expect(readShutdownGrace({ SHUTDOWN_GRACE: '40s' })).toBe(40_000);
    expect(() => readShutdownGrace({ SHUTDOWN_GRACE: 'soon' })).toThrow(/SHUTDOWN_GRACE/);
  });

  it('stops, then runs the shutdown hooks in order, then exits 0 — once, however many signals', async () => {
    const steps: string[] = [];
    onShutdown('first', async () => void steps.push('flush traces'));
    onShutdown('second', async () => void steps.push('second hook'));
    const { code } = exitWith(async () => {
      steps.push('stop');
      await new Promise((r) => setTimeout(r, 50));
    });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    expect(await code).toBe(0);
    expect(steps).toEqual(['stop', 'flush traces', 'second hook']);
  });

  it('exits 1 when stopping fails, still running the hooks', async () => {
    const flushed = jest.fn(async () => undefined);
    onShutdown('flush', flushed);
    const { begin, code } = exitWith(() => Promise.reject(new Error('database gone')));
    begin('SIGTERM');
    expect(await code).toBe(1);
    expect(flushed).toHaveBeenCalledTimes(1);
  });

  it('keeps running the other hooks when one fails', async () => {
    const later = jest.fn(async () => undefined);
    onShutdown('broken', () => Promise.reject(new Error('exporter down')));
    onShutdown('later', later);
    const { begin, code } = exitWith(async () => undefined);
    begin('SIGTERM');
    expect(await code).toBe(0);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('exits 1 at the grace deadline when stopping hangs', async () => {
    const startedAt = Date.now();
    const { begin, code } = exitWith(() => new Promise<void>(() => undefined), 200);
    begin('SIGTERM');
    expect(await code).toBe(1);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
  });

  it('exits with the code it was begun with (a failed start-up)', async () => {
    const { begin, code } = exitWith(async () => undefined);
    begin('startup-failure', 1);
    expect(await code).toBe(1);
  });

  it('lets a hook be unregistered', async () => {
    const hook = jest.fn(async () => undefined);
    const unregister = onShutdown('gone', hook);
    unregister();
    const { begin, code } = exitWith(async () => undefined);
    begin('SIGTERM');
    expect(await code).toBe(0);
    expect(hook).not.toHaveBeenCalled();
  });
});

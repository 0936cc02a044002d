// Child processes of the benchmark. Each gateway runs in its own process group so that its CPU
// time — workers included — can be summed from /proc and the whole group stopped at once.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const TAIL_BYTES = 4000;

/**
 * Starts `command` through `sh -c exec …` as the leader of a new process group. stdout is
 * dropped unless `onStdout` is given; the end of stderr is kept for error messages.
 */
export function startGroup(command, { cwd, env, onStdout } = {}) {
  // An `undefined` in `env` removes an inherited variable (e.g. a stray SUBGRAPH_*_URL).
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  const child = spawn('sh', ['-c', `exec ${command}`], {
    cwd,
    detached: true,
    env: merged,
    stdio: ['ignore', onStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let tail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    tail = (tail + chunk).slice(-TAIL_BYTES);
  });
  if (onStdout) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onStdout);
  }
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.stderrTail = () => tail.trim();
  return child;
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited within `graceMs`. */
export async function stopGroup(child, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const done = await Promise.race([child.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) signal('SIGKILL');
  await child.exited;
  // Stragglers of the group (workers whose leader exited first) must not keep the port.
  signal('SIGKILL');
}

/** User + system CPU seconds of every live process in process group `pgid`. */
export function groupCpuSeconds(pgid) {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start at state (field 3).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
    } catch {
      // The process ended between readdir and read.
    }
  }
  return total;
}

/** Resolves once `probe()` resolves truthy; rejects after `timeoutMs` or if `child` exits. */
export async function waitFor(probe, { child, timeoutMs = 60_000, what = 'process' } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}): ${child.stderrTail()}`);
    }
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // Not up yet.
    }
    await sleep(250);
  }
  throw new Error(`${what} not ready within ${timeoutMs / 1000} s${child ? `: ${child.stderrTail()}` : ''}`);
}

/** True when something accepts connections on 127.0.0.1:`port`. */
export function portInUse(port) {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

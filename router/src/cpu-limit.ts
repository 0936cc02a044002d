import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/**
 * CPUs a cgroup v2 `cpu.max` grants (`"<quota> <period>"` in µs; `max` = no limit), e.g.
 * `"150000 100000"` → 1.5. `undefined` for no limit or text that is not a quota.
 */
export function parseCpuMax(text: string): number | undefined {
  const [quota, period = '100000'] = text.trim().split(/\s+/);
  if (quota === undefined || quota === 'max') return undefined;
  return cpusOfQuota(Number(quota), Number(period));
}

/** CPUs a cgroup v1 CFS quota grants (`cpu.cfs_quota_us`, `-1` = no limit, over `cpu.cfs_period_us`). */
export function parseCfsQuota(quotaText: string, periodText: string): number | undefined {
  return cpusOfQuota(Number(quotaText.trim()), Number(periodText.trim()));
}

function cpusOfQuota(quota: number, period: number): number | undefined {
  if (!Number.isFinite(quota) || !Number.isFinite(period) || quota <= 0 || period <= 0) return undefined;
  return quota / period;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The directory of `cgroupPath` below `top`, then each one above it up to `top` itself. */
function selfAndAncestors(top: string, cgroupPath: string): string[] {
  const parts = cgroupPath.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.map((_, i) => join(top, ...parts.slice(0, parts.length - i))).concat(top);
}

/** The smallest of the limits found, as each level of the hierarchy caps everything below it. */
function tightest(limits: (number | undefined)[]): number | undefined {
  const set = limits.filter((l): l is number => l !== undefined);
  return set.length === 0 ? undefined : Math.min(...set);
}

/**
 * The CPU limit of this process's cgroup (v2 `cpu.max`, or v1's CFS quota), in CPUs, or
 * `undefined` when there is none or no cgroup filesystem. Node 20's `os.availableParallelism()`
 * counts the CPUs the process may run on (affinity, cpusets) but not a quota, so a container
 * limited to 1 CPU on a 32-core node sees 32; libuv reads the quota only from 1.49 on (Node 22).
 *
 * The process's cgroup path (`/proc/self/cgroup`) is looked up below the mount and walked up to
 * the mount itself: in a container the mount is usually the container's own cgroup while the path
 * still names it from the host's root, so only the mount exists; on a host, every level counts.
 *
 * @param root where `/proc` and `/sys` are; tests point it at fixture trees. @default '/'
 */
export function cgroupCpuLimit(root = '/'): number | undefined {
  const membership = readText(join(root, 'proc/self/cgroup'));
  if (membership === undefined) return undefined;
  const lines = membership
    .split('\n')
    .map((line) => /^(\d+):([^:]*):(.*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null);

  // The cpu controller lives in exactly one hierarchy: v1 when a v1 line names it, else v2.
  const v1 = lines.find((match) => (match[2] ?? '').split(',').includes('cpu'));
  if (v1) {
    const controllers = v1[2] ?? 'cpu';
    const mounts = [join(root, 'sys/fs/cgroup', controllers), join(root, 'sys/fs/cgroup/cpu')];
    const mount = mounts.find((dir) => readText(join(dir, 'cpu.cfs_period_us')) !== undefined);
    if (mount === undefined) return undefined;
    return tightest(
      selfAndAncestors(mount, v1[3] ?? '/').map((dir) => {
        const quota = readText(join(dir, 'cpu.cfs_quota_us'));
        const period = readText(join(dir, 'cpu.cfs_period_us'));
        return quota === undefined || period === undefined ? undefined : parseCfsQuota(quota, period);
      }),
    );
  }
  const v2 = lines.find((match) => match[1] === '0' && match[2] === '');
  if (!v2) return undefined;
  return tightest(
    selfAndAncestors(join(root, 'sys/fs/cgroup'), v2[3] ?? '/').map((dir) => {
      const max = readText(join(dir, 'cpu.max'));
      return max === undefined ? undefined : parseCpuMax(max);
    }),
  );
}

/**
 * How many router workers fit: the CPUs the process may run on, capped by the cgroup's CPU limit.
 * A fractional limit rounds down (at least 1), as libuv does on Node 22 — a worker per started
 * CPU would have every worker throttled at the end of each period.
 */
export function workersForCpus(parallelism: number, cpuLimit: number | undefined): number {
  if (cpuLimit === undefined) return Math.max(1, parallelism);
  return Math.max(1, Math.min(parallelism, Math.floor(cpuLimit)));
}

/** The default of `ROUTER_WORKERS` in production: one per CPU this process may really use. */
export function defaultWorkerCount(): number {
  return workersForCpus(availableParallelism(), cgroupCpuLimit());
}

import { join } from 'node:path';
import { cgroupCpuLimit, parseCfsQuota, parseCpuMax, workersForCpus } from '../../src/cpu-limit';

/** Trees of `proc/self/cgroup` and `sys/fs/cgroup` files as containers and hosts have them. */
const fixture = (name: string) => join(__dirname, 'fixtures/cgroup', name);

describe('cgroup CPU limit', () => {
  it('reads a cgroup v2 cpu.max as quota over period', () => {
    expect(parseCpuMax('150000 100000\n')).toBe(1.5);
    expect(parseCpuMax('200000 50000')).toBe(4);
    expect(parseCpuMax('max 100000')).toBeUndefined();
    expect(parseCpuMax('')).toBeUndefined();
    expect(parseCpuMax('nonsense')).toBeUndefined();
  });

  it('reads a cgroup v1 CFS quota, where -1 means no limit', () => {
    expect(parseCfsQuota('50000\n', '100000\n')).toBe(0.5);
    expect(parseCfsQuota('-1', '100000')).toBeUndefined();
    expect(parseCfsQuota('50000', '0')).toBeUndefined();
  });

  it("finds a container's v2 limit on its own cgroup mount", () => {
    expect(cgroupCpuLimit(fixture('v2-container'))).toBe(1.5);
    expect(cgroupCpuLimit(fixture('v2-unlimited'))).toBeUndefined();
  });

  it('takes the tightest limit of the v2 hierarchy above the process (a pod limit over its container)', () => {
    expect(cgroupCpuLimit(fixture('v2-nested'))).toBe(3);
  });

  it("finds a v1 limit on the container's mount when the host path does not exist there", () => {
    expect(cgroupCpuLimit(fixture('v1-docker'))).toBe(2.5);
    expect(cgroupCpuLimit(fixture('v1-unlimited'))).toBeUndefined();
  });

  it('has no limit without a cgroup filesystem', () => {
    expect(cgroupCpuLimit(fixture('does-not-exist'))).toBeUndefined();
  });
});

describe('router worker count', () => {
  it('is one per usable CPU, capped by the limit and rounded down, at least one', () => {
    expect(workersForCpus(32, 1)).toBe(1);
    expect(workersForCpus(32, 2.5)).toBe(2);
    expect(workersForCpus(32, 0.5)).toBe(1);
    expect(workersForCpus(4, 16)).toBe(4);
    expect(workersForCpus(8, undefined)).toBe(8);
  });
});

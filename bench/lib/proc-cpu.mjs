// CPU time per process, from /proc, for "CPU-ms per order per process". The bench starts each
// of its own processes (router, every subgraph) as the leader of a process group, so a group
// id names one of them; the shared servers are found by their command name. PostgreSQL runs
// one backend process per connection and names the database in its title
// (`postgres: 15/main: postgres bench_orders_ab12_orders 127.0.0.1(5531) idle`), so the
// backends of one namespace — and of each subgraph's database — can be told from those of
// other users of the same server (other test runs on a shared machine).
import { readFileSync, readdirSync } from 'node:fs';

/** USER_HZ on Linux: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the command name (which may contain spaces) start at state (field 3).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    let title = '';
    if (comm === 'postgres') title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return { pid: Number(pid), ppid: Number(f[1]), pgid: Number(f[2]), comm, ticks, title };
  } catch {
    return null; // it ended between readdir and read
  }
}

/** A backend's title: `postgres: <cluster>: <user> <database> <client address>(<port>)|[local] <state>`. */
const BACKEND = /^postgres: [^:]+: (\S+) (\S+) (\S+\(\d+\)|\[local\])/;

/**
 * A snapshot of CPU milliseconds by bucket. `groups` maps a label to a process group id (the
 * bench's own processes, e.g. `after:router`); `namespaces` maps a platform label to its
 * namespace, whose databases are `<namespace>_<subgraph>`. Buckets: each group label,
 * `<platform>:postgres` (that namespace's backends) and `<platform>:pg:<subgraph>` (per
 * database), `postgres-shared` (the server's own processes — WAL writer, checkpointer… — which
 * work for everyone), `nats`, `redis`, and `bench` (this process: the load generator).
 */
export function cpuSnapshot({ groups, namespaces }) {
  const ms = {};
  const add = (bucket, ticks) => (ms[bucket] = (ms[bucket] ?? 0) + (ticks * 1000) / TICKS_PER_SECOND);
  const byPgid = new Map(Object.entries(groups).map(([label, pgid]) => [pgid, label]));
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const p = readProc(pid);
    if (!p) continue;
    const own = byPgid.get(p.pgid);
    if (own) add(own, p.ticks);
    else if (p.comm === 'nats-server') add('nats', p.ticks);
    else if (p.comm === 'redis-server') add('redis', p.ticks);
    else if (p.comm === 'postgres') {
      const database = BACKEND.exec(p.title)?.[2];
      if (!database) {
        add('postgres-shared', p.ticks);
        continue;
      }
      // Other databases' backends (other test runs on the machine) count nowhere.
      for (const [platform, ns] of Object.entries(namespaces)) {
        if (!database.startsWith(`${ns}_`)) continue;
        add(`${platform}:postgres`, p.ticks);
        add(`${platform}:pg:${database.slice(ns.length + 1)}`, p.ticks);
      }
    }
  }
  const self = process.cpuUsage();
  ms.bench = (self.user + self.system) / 1000;
  return ms;
}

/** `after - before` per bucket (a process that started in between counts whole). */
export function cpuDelta(before, after) {
  const out = {};
  for (const [bucket, value] of Object.entries(after)) out[bucket] = value - (before[bucket] ?? 0);
  return out;
}

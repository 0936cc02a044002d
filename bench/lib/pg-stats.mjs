// Transactions and row writes per database from pg_stat_database, for "how much PostgreSQL
// work does one order cost, and in which subgraph's database": a number that does not depend
// on how busy the machine is. The server updates these counters a moment after each
// transaction (PostgreSQL 15 flushes backend statistics about once a second), so a window of
// several seconds is needed for them to mean something.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export async function connectPgStats(root, databaseUrl) {
  const { Client } = createRequire(join(root, 'package.json'))('pg');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    /** `{ '<platform>:<subgraph>': { xacts, writes } }` for every database of `namespaces`. */
    async snapshot(namespaces) {
      const out = {};
      for (const [platform, ns] of Object.entries(namespaces)) {
        const { rows } = await db.query(
          `SELECT datname, xact_commit + xact_rollback AS xacts, tup_inserted + tup_updated + tup_deleted AS writes
             FROM pg_stat_database WHERE datname LIKE $1`,
          [`${ns}\\_%`],
        );
        for (const r of rows) out[`${platform}:${r.datname.slice(ns.length + 1)}`] = { xacts: Number(r.xacts), writes: Number(r.writes) };
      }
      return out;
    },
    close: () => db.end(),
  };
}

/** Per finished order, `platform`'s databases only: `{ <subgraph>: { xacts, writes } }` and a total. */
export function perOrder(before, after, platform, orders) {
  const out = {};
  const total = { xacts: 0, writes: 0 };
  for (const [key, a] of Object.entries(after)) {
    if (!key.startsWith(`${platform}:`)) continue;
    const b = before[key] ?? { xacts: 0, writes: 0 };
    const d = { xacts: (a.xacts - b.xacts) / orders, writes: (a.writes - b.writes) / orders };
    out[key.slice(platform.length + 1)] = d;
    total.xacts += d.xacts;
    total.writes += d.writes;
  }
  out.total = total;
  return out;
}

import type { DataSource } from 'typeorm';

/** The counters of a node-postgres pool that the pool gauges read. */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

const isPool = (value: unknown): value is PoolCounts =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PoolCounts).totalCount === 'number' &&
  typeof (value as PoolCounts).idleCount === 'number' &&
  typeof (value as PoolCounts).waitingCount === 'number';

/**
 * The node-postgres pool behind a TypeORM data source (its postgres driver's `master`), or
 * undefined for PGlite, which is one in-process connection and has no pool to watch.
 */
export function dbPoolOf(dataSource: DataSource): PoolCounts | undefined {
  const master: unknown = (dataSource.driver as { master?: unknown }).master;
  return isPool(master) ? master : undefined;
}

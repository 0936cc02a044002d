/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * True when a query failed on a unique index (optionally a specific one). TypeORM copies the
 * driver's fields onto its `QueryFailedError` and also keeps the original as `driverError`;
 * both are checked so the test holds for node-postgres and PGlite alike.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = e.code ?? e.driverError?.code;
  if (code !== UNIQUE_VIOLATION) return false;
  return constraint === undefined || (e.constraint ?? e.driverError?.constraint) === constraint;
}

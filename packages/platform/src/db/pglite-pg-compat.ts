import type { Results } from '@electric-sql/pglite';

/**
 * PGlite parses and serializes values its own way (postgres.js style); TypeORM and our code
 * are written against node-postgres. These overrides make PGlite hand out the values `pg`
 * does, so a subgraph behaves the same on embedded PGlite and on a PostgreSQL server.
 */
const INT8 = 20;
const BOOL = 16;
const BYTEA = 17;
const TEXT = 25;
const VARCHAR = 1043;
const BPCHAR = 1042;
const DATE = 1082;

/** `pg` leaves int8 (bigint, count(*)) as a string because it may exceed 2^53. */
const parseInt8 = (value: string): string => value;

/** `pg` reads a `date` as local midnight of that day. */
function parseDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return new Date(value);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const parseBytea = (value: string): Buffer => Buffer.from(value.slice(2), 'hex');

/** `pg` sends any value to a text parameter (PGlite only takes strings and numbers). */
function serializeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Postgres itself accepts 'true', 'yes', '1'... for booleans; PGlite only takes JS booleans. */
function serializeBool(value: unknown): string {
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

export const pgCompatibleParsers = { [INT8]: parseInt8, [DATE]: parseDate, [BYTEA]: parseBytea };
export const pgCompatibleSerializers = {
  [TEXT]: serializeText,
  [VARCHAR]: serializeText,
  [BPCHAR]: serializeText,
  [BOOL]: serializeBool,
};

/** The subset of node-postgres's `QueryResult` that TypeORM (and our code) reads. */
export interface PgQueryResult {
  command: string;
  rowCount: number;
  rows: Record<string, unknown>[];
  fields: { name: string; dataTypeID: number }[];
  oid: number;
}

/**
 * The statement's verb, as `pg` reports it from CommandComplete. PGlite does not expose that
 * message, so we read the first keyword; TypeORM only checks it for UPDATE and DELETE, which
 * it always writes as the leading keyword.
 */
export function commandOf(sql: string): string {
  const stripped = sql.replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)+/, '');
  return (/^[A-Za-z]+/.exec(stripped)?.[0] ?? '').toUpperCase();
}

/**
 * Maps one PGlite result to the `pg` shape. `affectedRows` counts inserted/updated/deleted
 * rows and is 0 for a SELECT, where `pg` reports the number of rows returned instead.
 */
export function toPgResult(result: Results, command: string, affectedRows = result.affectedRows ?? 0): PgQueryResult {
  const rows = result.rows;
  return {
    command,
    rowCount: affectedRows > 0 ? affectedRows : rows.length,
    rows,
    fields: result.fields.map(({ name, dataTypeID }) => ({ name, dataTypeID })),
    oid: 0,
  };
}

/**
 * Maps the results of a multi-statement simple query. PGlite's `affectedRows` is a running
 * total over the statements, so each result gets the difference to the one before it; like
 * `pg`, a single statement yields one result and several yield an array.
 */
export function toPgResults(results: Results[], sql: string): PgQueryResult | PgQueryResult[] {
  const command = commandOf(sql);
  if (results.length === 1) return toPgResult(results[0], command);
  let previous = 0;
  return results.map((result) => {
    const total = result.affectedRows ?? 0;
    const mapped = toPgResult(result, '', total - previous);
    previous = total;
    return mapped;
  });
}

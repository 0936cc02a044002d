import { GraphQLScalarType, Kind } from 'graphql';

/**
 * `DateTime`: an ISO-8601 instant in UTC (`2026-11-23T10:00:00.000Z`). Named as in the public
 * contract; every subgraph registers this same scalar so composition sees one definition.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO-8601 string in UTC, e.g. 2026-11-23T10:00:00.000Z.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be an ISO-8601 string');
    return parseInstant(ast.value);
  },
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) throw new TypeError('DateTime must be an ISO-8601 string with a time zone');
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new TypeError('DateTime is not a valid instant');
  return d;
}

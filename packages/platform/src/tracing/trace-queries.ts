import { context, SpanKind, trace } from '@opentelemetry/api';
import type { DataSource, QueryRunner } from 'typeorm';
import { tracerFor } from './active-tracing';
import { failSpan } from './trace-context';

/** Longest statement text kept on a span: enough to recognise it, bounded for the exporter. */
const MAX_STATEMENT = 1000;

/**
 * Gives every SQL statement of `dataSource` a client span, child of the span active when it
 * runs (a request's, a consumer's). TypeORM sends every statement — repositories, query
 * builders, transactions, raw `query()` — through a query runner's `query`, so wrapping the
 * runners the data source hands out covers them all, on PostgreSQL and PGlite alike.
 * Statements run outside any span (the relay's and the pollers' periodic passes) make none:
 * a root span per poll would bury the traces that matter.
 */
export function traceQueries(dataSource: DataSource, component: string): void {
  const tracer = tracerFor(component);
  const database = dataSource.options.database;
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = createQueryRunner(...args);
    const query = runner.query.bind(runner) as (...a: unknown[]) => Promise<unknown>;
    runner.query = ((...queryArgs: unknown[]) => {
      const parent = context.active();
      if (!trace.getSpan(parent)) return query(...queryArgs);
      const statement = String(queryArgs[0]);
      const span = tracer.startSpan(
        `db ${operationOf(statement)}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'db.system.name': 'postgresql',
            'db.query.text': statement.slice(0, MAX_STATEMENT),
            ...(typeof database === 'string' ? { 'db.namespace': database } : {}),
          },
        },
        parent,
      );
      return query(...queryArgs).then(
        (result) => {
          span.end();
          return result;
        },
        (error: unknown) => {
          failSpan(span, error);
          span.end();
          throw error;
        },
      );
    }) as QueryRunner['query'];
    return runner;
  };
}

/** The statement's first keyword (`SELECT`, `INSERT`, `START`…), the span's low-cardinality name. */
function operationOf(statement: string): string {
  const match = /^\s*([A-Za-z]+)/.exec(statement);
  return match?.[1] ? match[1].toUpperCase() : 'query';
}

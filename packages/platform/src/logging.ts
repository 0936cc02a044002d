import pino from 'pino';
import { traceFieldsOfActiveSpan } from './tracing/log-trace-fields';

export type Logger = pino.Logger;

/**
 * Structured JSON logs (one object per line) with the service name on every record.
 * `LOG_LEVEL` is read by the caller's config; tests pass `silent`, or a `destination` to read
 * the lines back. @default destination: stdout
 */
export function createLogger(service: string, level = 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A child naming its own service (the stack's `logger.child({ service: 'users' })`) must
    // replace the parent's, not add a second "service" key to every line.
    onChild: withoutRepeatedBindings,
    // `trace_id`/`span_id` of the span active where the line is written (none without tracing),
    // so a log line leads to its trace and back.
    mixin: traceFieldsOfActiveSpan,
    // Never write credentials to the log, wherever they appear in a logged object.
    redact: {
      paths: ['password', '*.password', 'authorization', '*.authorization', 'refreshToken', '*.refreshToken', 'secret', '*.secret'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * pino appends a child's bindings to its parent's serialized ones, so a key bound twice
 * appears twice in each line (and JSON readers disagree on which one wins). When that
 * happens, the child's bindings are rebuilt with the last value of each key.
 */
function withoutRepeatedBindings(child: Logger): void {
  const holder = child as unknown as Record<symbol, string | undefined>;
  const chindings = holder[pino.symbols.chindingsSym];
  if (!chindings) return;
  // JSON.parse keeps the last value of a repeated key, so re-serializing shows a repetition.
  const merged = JSON.parse(`{${chindings.slice(1)}}`) as Record<string, unknown>;
  if (`,${JSON.stringify(merged).slice(1, -1)}` === chindings) return;
  holder[pino.symbols.chindingsSym] = '';
  child.setBindings(merged);
}

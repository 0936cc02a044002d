import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs (one object per line) with the service name on every record.
 * `LOG_LEVEL` is read by the caller's config; tests pass `silent`.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never write credentials to the log, wherever they appear in a logged object.
    redact: {
      paths: ['password', '*.password', 'authorization', '*.authorization', 'refreshToken', '*.refreshToken', 'secret', '*.secret'],
      censor: '[redacted]',
    },
  });
}

import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging';

/**
 * Routes TypeORM's logging into our structured logger. Parameters are never logged: they
 * carry user data (password hashes, tokens). Failed queries go to debug because the caller
 * receives the error anyway and often expects it (e.g. a unique violation it maps to a
 * CONFLICT); slow queries are worth a warning.
 */
export function typeormLogger(logger: Logger): TypeOrmLogger {
  return {
    logQuery: (query) => {
      if (logger.isLevelEnabled('trace')) logger.trace({ query }, 'sql');
    },
    logQueryError: (error, query) => logger.debug({ err: error, query }, 'sql failed'),
    logQuerySlow: (time, query) => logger.warn({ ms: time, query }, 'slow sql'),
    logSchemaBuild: (message) => logger.debug(message),
    logMigration: (message) => logger.info(message),
    log: (level, message: unknown) => {
      if (level === 'warn') logger.warn(String(message));
      else logger.debug(String(message));
    },
  };
}

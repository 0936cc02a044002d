export { openDatabase, type OpenDatabaseOptions, type EntityClass, type MigrationClass } from './open-database';
export { dropDatabase, ensureDatabase } from './postgres-server';
export { createPgliteDriver, type PgliteDriver, type PgliteDriverOptions } from './pglite-driver';
export { isUniqueViolation } from './unique-violation';

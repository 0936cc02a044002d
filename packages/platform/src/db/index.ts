export { openDatabase, type OpenDatabaseOptions, type EntityClass, type MigrationClass } from './open-database';
export { dropDatabase } from './postgres-server';
export { createPgliteDriver } from './pglite-driver';
export { isUniqueViolation } from './unique-violation';

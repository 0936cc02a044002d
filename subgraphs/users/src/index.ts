export { usersSubgraph } from './descriptor';
export { createUsersSubgraph, type UsersSubgraph, type UsersSubgraphDeps } from './subgraph';
export { usersEntities } from './entities';
export { usersMigrations } from './db/migrations';
export { readUsersConfig, type UsersConfig } from './config';
export { buildUsersSchema, emitUsersSchema } from './graphql/build-users-schema';
export { bootstrapAdmin, type BootstrapAdminOptions } from './services/bootstrap-admin';
export { JWKS_PATH } from './http/jwks.route';
export { RESOLVE_API_KEY_PATH } from './http/resolve-api-key.route';

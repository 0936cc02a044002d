import 'reflect-metadata';

export * from './errors';
export * from './config';
export { createLogger, type Logger } from './logger';
export { uuidv7, isUuid } from './ids';
export * from './auth/identity';
export * from './auth/router-signature';
export * from './auth/jwt';
export { DateTimeScalar } from './graphql/scalars';
export { Money, GeoPoint, GeoPointInput, Address, AddressInput, PageInfo } from './graphql/common-types';
export { buildFederatedSchema, roleAuthChecker, type FederatedSchemaOptions } from './graphql/build-federated-schema';
export { requireUser, requireRole, isAdmin, type RequestContext } from './graphql/context';
export { maskError, errorLoggingPlugin, contractCodeOf, MASKED_MESSAGE } from './graphql/mask-errors';
export { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions, type Route } from './http/subgraph-server';
export { readBody, BodyTooLargeError } from './http/read-body';
export { sendJson, sendGraphQLError } from './http/send';
export type { EventBus, ConsumeOptions, DeliveredMessage, ConsumerHandle } from './messaging/event-bus';
export { systemClock, type Clock, type Subgraph, type SubgraphDeps } from './subgraph-runtime';

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
export { buildFederatedSchema, type FederatedSchemaOptions } from './graphql/build-federated-schema';
export { type RequestContext } from './graphql/context';
export { signedIn, signedInAs, isAdmin } from './auth/guards';
export { maskError, errorLoggingPlugin, contractCodeOf, MASKED_MESSAGE } from './graphql/mask-errors';
export { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions, type Route } from './http/subgraph-server';
export { readBody, BodyTooLargeError } from './http/read-body';
export { sendJson, sendGraphQLError } from './http/send';
export type { EventBus, ConsumeOptions, DeliveredMessage, ConsumerHandle } from './messaging/event-bus';
export { systemClock, type Clock, type Subgraph, type SubgraphDeps } from './subgraph-runtime';
export { createInProcessBus, type InProcessBusOptions } from './messaging/in-process-bus';
export { openDatabase, type OpenDatabaseOptions, type EntityClass, type MigrationClass } from './db/open-database';
export { dropDatabase, ensureDatabase } from './db/postgres-server';
export { createPgliteDriver, type PgliteDriver, type PgliteDriverOptions } from './db/pglite-driver';
export { messagingEntities, messagingMigrations } from './messaging/messaging-schema';
export { OutboxMessage } from './messaging/outbox-message.entity';
export { InboxMessage } from './messaging/inbox-message.entity';
export { DeadLetter } from './messaging/dead-letter.entity';
export { newEvent, type EventOrigin } from './messaging/new-event';
export { appendToOutbox, withOutbox, type Emit } from './messaging/outbox';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './messaging/outbox-relay';
export {
  startMessagingPruner,
  pruneMessagingTables,
  DEFAULT_MESSAGING_RETENTION,
  type MessagingPrunerOptions,
  type MessagingRetention,
  type PruneReport,
} from './messaging/messaging-pruner';
export { readMessagingPruningConfig, DEFAULT_MESSAGING_PRUNING, type MessagingPruningConfig } from './messaging/messaging-pruning-config';
export { MIN_INBOX_RETENTION_MS, REDELIVERY_HORIZON_MS } from './messaging/redelivery-horizon';
export { startConsumer, type StartConsumerOptions, type EventHandler, type EventHandlers } from './messaging/inbox-consumer';
export { listDeadLetters, recordDeadLetter, type ListDeadLettersOptions, type DeadLetterInput } from './messaging/dead-letters';
export { connectNatsBus, deleteNamespaceStreams, type NatsBusOptions } from './messaging/nats-bus';
export * from './subscriptions';
export { startPeriodicLoop, type PeriodicLoop, type PeriodicLoopOptions } from './polling/periodic-loop';
export { runSubgraphProcess, type SubgraphProcessSpec } from './process/run-subgraph-process';
export { type SubgraphDescriptor } from './process/subgraph-descriptor';
export {
  createSubgraphLifecycle,
  type SubgraphLifecycle,
  type SubgraphLifecycleOptions,
  type SubgraphParts,
  type ConsumerSpec,
  type BackgroundWorker,
} from './process/subgraph-lifecycle';
export { isUniqueViolation } from './db/unique-violation';
export { originOfRequest, originOfEvent, type ChangeOrigin, type OutboxNudger } from './messaging/change-origin';
export { createBatchLoader, groupBy, type BatchLoader } from './graphql/batch-loader';
export { toConnection, type Connection } from './graphql/connection';
export { MAX_PAGE_SIZE, checkPageSize, encodeCursor, decodeCursor, decodeAfterId, pageOf, emptyPage, type Page } from './pagination/page';
export { listenHttp } from './http/listen';

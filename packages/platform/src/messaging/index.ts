export type { EventBus, ConsumeOptions, DeliveredMessage, ConsumerHandle } from './event-bus';
export { createInProcessBus, type InProcessBusOptions } from './in-process-bus';
export { connectNatsBus, deleteNamespaceStreams, type NatsBusOptions } from './nats-bus';
export { messagingEntities, messagingMigrations } from './messaging-schema';
export { OutboxMessage } from './outbox-message.entity';
export { InboxMessage } from './inbox-message.entity';
export { DeadLetter } from './dead-letter.entity';
export { newEvent, type EventOrigin } from './new-event';
export { originOfRequest, originOfEvent, type ChangeOrigin, type OutboxNudger } from './change-origin';
export { appendToOutbox, withOutbox, type Emit } from './outbox';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export {
  startMessagingPruner,
  pruneMessagingTables,
  DEFAULT_MESSAGING_RETENTION,
  type MessagingPrunerOptions,
  type MessagingRetention,
  type PruneReport,
} from './messaging-pruner';
export { readMessagingPruningConfig, DEFAULT_MESSAGING_PRUNING, type MessagingPruningConfig } from './messaging-pruning-config';
export { MIN_INBOX_RETENTION_MS, REDELIVERY_HORIZON_MS } from './redelivery-horizon';
export { startConsumer, type StartConsumerOptions, type EventHandler, type EventHandlers } from './inbox-consumer';
export { listDeadLetters, recordDeadLetter, type ListDeadLettersOptions, type DeadLetterInput } from './dead-letters';

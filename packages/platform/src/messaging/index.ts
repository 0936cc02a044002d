export type { EventBus, ConsumeOptions, DeliveredMessage, ConsumerHandle } from './event-bus';
export { createInProcessBus } from './in-process-bus';
export { connectNatsBus, deleteNamespaceStreams } from './nats-bus';
export { readNatsBusConfig, DEFAULT_NATS_BUS, type NatsBusSettings } from './nats-bus-config';
export { newEvent } from './new-event';
export { originOfRequest, originOfEvent, type ChangeOrigin, type OutboxNudger } from './change-origin';
export { appendToOutbox, withOutbox, type Emit } from './outbox';
export { startOutboxRelay, type OutboxRelay } from './outbox-relay';
export { startMessagingPruner, pruneMessagingTables, type MessagingRetention } from './messaging-pruner';
export { readMessagingPruningConfig, DEFAULT_MESSAGING_PRUNING } from './messaging-pruning-config';
export { MIN_INBOX_RETENTION_MS, REDELIVERY_HORIZON_MS } from './redelivery-horizon';
export { startConsumer, type ConsumerDeliveryOptions, type ConsumerEffects, type EventHandler, type EventHandlers } from './inbox-consumer';
export {
  listDeadLetters,
  recordDeadLetter,
  publicDeadLetterId,
  parsePublicDeadLetterId,
  deadLettersFailedIn,
  deadLettersByIds,
} from './dead-letters';
export { redriveDeadLetter, type RedriveOutcome } from './redrive-dead-letter';
export { DeadLetter } from './dead-letter.entity';
export { orderingKeyOf, partitionOfKey } from './event-ordering-key';

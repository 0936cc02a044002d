import { AddDeadLetterRedrivenAt1000000000003 } from './add-dead-letter-redriven-at.migration';
import { AddMessagingPruneIndexes1000000000001 } from './add-messaging-prune-indexes.migration';
import { AddOutboxTraceContext1000000000002 } from './add-outbox-trace-context.migration';
import { CreateMessagingTables1000000000000 } from './create-messaging-tables.migration';
import { DeadLetter } from './dead-letter.entity';
import { InboxMessage } from './inbox-message.entity';
import { OutboxMessage } from './outbox-message.entity';

/** Entities `openDatabase` adds to every subgraph's DataSource. */
export const messagingEntities = [OutboxMessage, InboxMessage, DeadLetter];

/** Migrations `openDatabase` runs before the subgraph's own. */
export const messagingMigrations = [
  CreateMessagingTables1000000000000,
  AddMessagingPruneIndexes1000000000001,
  AddOutboxTraceContext1000000000002,
  AddDeadLetterRedrivenAt1000000000003,
];

// Decorated classes read design-time types through reflect-metadata, which must load first.
import 'reflect-metadata';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * "This consumer has handled this event." Inserted in the handler's own transaction, so a
 * redelivered event finds its row and is skipped: at-least-once delivery, exactly-once effect.
 */
@Entity({ name: 'inbox' })
export class InboxMessage {
  /** The durable consumer name, e.g. `orders-menu-read-model`. */
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}

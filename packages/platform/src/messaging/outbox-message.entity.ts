// Decorated classes read design-time types through reflect-metadata, which must load first.
import 'reflect-metadata';
import type { EventEnvelope } from '@foodgraph/events';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event waiting to be (or already) published, written in the same transaction as the
 * state change it describes, so an event exists exactly when its change committed.
 */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  /** The event id; the bus also uses it to drop a re-publish as a duplicate. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /**
   * Insertion order (an identity column). All rows of one transaction share `created_at`,
   * and uuidv7 ids are only ordered to the millisecond, so the relay orders by this.
   * A bigint, hence a string as with `pg`.
   */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ type: 'text' })
  type!: string;

  /** The whole envelope, published as is. */
  @Column({ type: 'jsonb' })
  payload!: EventEnvelope;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Null until the bus has stored the event. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Failed publish attempts so far. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** The W3C `traceparent` of the change that wrote it, when tracing was on; the relay continues that trace. */
  @Column({ name: 'trace_context', type: 'text', nullable: true })
  traceContext!: string | null;
}

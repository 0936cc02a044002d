// Decorated classes read design-time types through reflect-metadata, which must load first.
import 'reflect-metadata';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A delivery a consumer gave up on: an invalid payload (at once) or a handler that kept
 * failing (after the bus's last redelivery). Kept for an admin to inspect and replay.
 */
@Entity({ name: 'dead_letters' })
export class DeadLetter {
  /** uuidv7, so ordering by id lists the newest last. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  consumer!: string;

  /** Null when the payload had no usable id. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  /** Null when the payload had no readable type. */
  @Column({ type: 'text', nullable: true })
  type!: string | null;

  /** The payload exactly as delivered. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: unknown;

  /** Why it was given up: the validation failure or the handler's last error. */
  @Column({ type: 'text' })
  reason!: string;

  /** Deliveries made before giving up. */
  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** When an admin handed it back to its consumer and the handler committed; null until then. */
  @Column({ name: 'redriven_at', type: 'timestamptz', nullable: true, insert: false })
  redrivenAt!: Date | null;
}

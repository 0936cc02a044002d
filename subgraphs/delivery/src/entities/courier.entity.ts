import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CourierStatus, VehicleType } from '../domain/delivery-status';

/**
 * A courier profile, linked to one COURIER user account. Deleting a courier keeps the row
 * (`deletedAt`), because past deliveries and earnings still point at it.
 */
@Entity('couriers')
export class CourierEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  vehicle!: VehicleType;

  @Column('text')
  status!: CourierStatus;

  /** Last reported position; null until the first ping. */
  @Column('double precision', { nullable: true })
  lat!: number | null;

  @Column('double precision', { nullable: true })
  lng!: number | null;

  @Column('timestamptz', { name: 'last_seen_at', nullable: true })
  lastSeenAt!: Date | null;

  /**
   * When the courier last went from OFFLINE to AVAILABLE; null while never online. A courier
   * back online since declining a delivery may be offered it again without a cool-down.
   */
  @Column('timestamptz', { name: 'online_since', nullable: true })
  onlineSince!: Date | null;

  /** Location ping allowance (token bucket, see `domain/ping-rate.ts`). */
  @Column('double precision', { name: 'ping_tokens' })
  pingTokens!: number;

  @Column('timestamptz', { name: 'ping_tokens_at', nullable: true })
  pingTokensAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}

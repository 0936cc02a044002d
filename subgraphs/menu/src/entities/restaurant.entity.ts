import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OpeningHoursEntry } from '../domain/opening-hours';
import type { RestaurantStatus } from '../domain/restaurant-status';

/** A restaurant row. Money columns are integer minor units in `currency`. */
@Entity('restaurants')
export class RestaurantEntity {
  /** UUIDv7, assigned in code; cursors page by it. */
  @PrimaryColumn('uuid')
  id!: string;

  /** The partner (users subgraph `User.id`) who created and runs it. */
  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text', { array: true })
  cuisines!: string[];

  @Column('text', { name: 'address_line1' })
  addressLine1!: string;

  @Column('text', { name: 'address_line2', nullable: true })
  addressLine2!: string | null;

  @Column('text')
  city!: string;

  @Column('text', { name: 'postal_code' })
  postalCode!: string;

  /** Geocoded position; both null when unknown (then `near` searches skip it). */
  @Column('double precision', { nullable: true })
  lat!: number | null;

  @Column('double precision', { nullable: true })
  lng!: number | null;

  @Column('text')
  status!: RestaurantStatus;

  /** Why an admin suspended it; cleared on re-approval. */
  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason!: string | null;

  /** The partner's open/closed switch; opening hours apply on top of it. */
  @Column('boolean', { name: 'accepting_orders' })
  acceptingOrders!: boolean;

  @Column('jsonb', { name: 'opening_hours' })
  openingHours!: OpeningHoursEntry[];

  /** IANA zone the opening hours are meant in. */
  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  /** ISO-4217; fixed at creation because every price of the menu is in it. */
  @Column('text')
  currency!: string;

  @Column('integer', { name: 'delivery_fee' })
  deliveryFee!: number;

  @Column('integer', { name: 'minimum_order' })
  minimumOrder!: number;

  /** Incremented on every change; carried in `menu.restaurant.changed` snapshots. */
  @Column('integer')
  revision!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

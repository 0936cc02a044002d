import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryStatus } from '../domain/delivery-status';

/** An address as stored with a delivery (jsonb): a copy taken when the delivery was created. */
export interface StoredAddress {
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  location: { lat: number; lng: number } | null;
}

/** The trip of one order from its restaurant to its customer. */
@Entity('deliveries')
export class DeliveryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  status!: DeliveryStatus;

  /** The assigned courier; null while AWAITING_COURIER (and for one cancelled before that). */
  @Column('uuid', { name: 'courier_id', nullable: true })
  courierId!: string | null;

  @Column('jsonb')
  pickup!: StoredAddress;

  @Column('jsonb')
  dropoff!: StoredAddress;

  /** Restaurant to customer in a straight line (0 when either is not geocoded). */
  @Column('integer', { name: 'distance_meters' })
  distanceMeters!: number;

  /** Current estimate of the drop-off, recomputed from pings; null until assigned. */
  @Column('timestamptz', { name: 'eta_at', nullable: true })
  etaAt!: Date | null;

  /** The estimate made when the courier accepted: the on-time bonus measures against it. */
  @Column('timestamptz', { name: 'promised_at', nullable: true })
  promisedAt!: Date | null;

  @Column('timestamptz', { name: 'assigned_at', nullable: true })
  assignedAt!: Date | null;

  @Column('timestamptz', { name: 'picked_up_at', nullable: true })
  pickedUpAt!: Date | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  /** When it was cancelled or failed, and why. */
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason!: string | null;

  /** The courier's pay for it (base + distance), fixed when delivered. */
  @Column('integer', { nullable: true })
  pay!: number | null;

  @Column('text', { name: 'pay_currency', nullable: true })
  payCurrency!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  /** Correlation id of the order's events, carried into the dispatcher's own events. */
  @Column('text', { name: 'correlation_id' })
  correlationId!: string;
}

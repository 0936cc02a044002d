import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReservationStatus, StockLine } from '../domain/stock-reservation';

/**
 * What menu holds for one order in the order saga. HELD lines are taken from stock; REJECTED
 * keeps the lines that could not be had (nothing held); RELEASED lines went back to stock when
 * the order ended. `stockVersion` is the order's version menu last answered, so a stale or
 * repeated request is recognised.
 */
@Entity('stock_reservations')
export class StockReservationEntity {
  @PrimaryColumn('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('integer', { name: 'stock_version' })
  stockVersion!: number;

  @Column('text')
  status!: ReservationStatus;

  /** One line per item, sorted by item id. */
  @Column('jsonb')
  lines!: StockLine[];

  /** When menu saw the order become CANCELLED or REJECTED; later requests for it are ignored. */
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

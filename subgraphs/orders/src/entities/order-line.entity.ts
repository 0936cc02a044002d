import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LineStatus } from '../domain/order-status';

/** One line of an order with the name and price as they were when it was ordered. */
@Entity('order_lines')
export class OrderLineEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  /** Order of the lines as the customer listed them. */
  @Column('integer')
  position!: number;

  @Column('uuid', { name: 'menu_item_id' })
  menuItemId!: string;

  @Column('text')
  name!: string;

  @Column('integer', { name: 'unit_price' })
  unitPrice!: number;

  @Column('integer')
  quantity!: number;

  @Column('text', { nullable: true })
  notes!: string | null;

  /** Kitchen display progress. */
  @Column('text')
  status!: LineStatus;
}

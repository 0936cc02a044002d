import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OfferStatus } from '../domain/delivery-status';

/**
 * A delivery offered to one courier. Being rows, offers and their expiry survive restarts;
 * unique partial indexes allow one PENDING offer per delivery and one per courier.
 */
@Entity('delivery_offers')
export class OfferEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'delivery_id' })
  deliveryId!: string;

  @Column('uuid', { name: 'courier_id' })
  courierId!: string;

  @Column('text')
  status!: OfferStatus;

  @Column('timestamptz', { name: 'offered_at' })
  offeredAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;
}

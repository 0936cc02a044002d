import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One customer's review of one delivered order, with the owner's reply and its moderation state. */
@Entity('reviews')
export class ReviewEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Unique: an order is reviewed at most once (the database enforces it). */
  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('smallint', { name: 'restaurant_rating' })
  restaurantRating!: number;

  /** Null when no courier is rated, or when the courier is rated but not known yet. */
  @Column('uuid', { name: 'courier_id', nullable: true })
  courierId!: string | null;

  @Column('smallint', { name: 'courier_rating', nullable: true })
  courierRating!: number | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('text', { nullable: true })
  reply!: string | null;

  @Column('timestamptz', { name: 'replied_at', nullable: true })
  repliedAt!: Date | null;

  /** Hidden reviews are left out of listings and averages for everyone but admins. */
  @Column('boolean')
  hidden!: boolean;

  @Column('text', { name: 'hidden_reason', nullable: true })
  hiddenReason!: string | null;

  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt!: Date | null;

  @Column('uuid', { name: 'hidden_by', nullable: true })
  hiddenBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

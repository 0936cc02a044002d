import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A STAFF user working (or having worked, `active` false) at a restaurant. */
@Entity({ name: 'restaurant_staff' })
export class StaffMembershipEntity {
  @PrimaryColumn('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('boolean')
  active!: boolean;

  /** Grows with every change of this membership; the events carry it to the read models. */
  @Column('integer')
  revision!: number;

  /** The owner (or admin) who made the last change. */
  @Column('uuid', { name: 'added_by' })
  addedBy!: string;

  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;
}

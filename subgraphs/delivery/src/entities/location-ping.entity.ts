import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One point of a delivery's trail, recorded while a courier holds it. */
@Entity('location_pings')
export class LocationPingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'delivery_id' })
  deliveryId!: string;

  @Column('uuid', { name: 'courier_id' })
  courierId!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  @Column('timestamptz')
  at!: Date;
}

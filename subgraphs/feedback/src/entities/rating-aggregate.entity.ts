import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a rating aggregate is about. */
export type RatingSubject = 'RESTAURANT' | 'COURIER';

/**
 * Sum and count of the visible ratings of one restaurant or courier, changed in the same
 * transaction as the review (submission, moderation), so averages are read in one lookup.
 */
@Entity('rating_aggregates')
export class RatingAggregateEntity {
  @PrimaryColumn('text', { name: 'subject_type' })
  subjectType!: RatingSubject;

  @PrimaryColumn('uuid', { name: 'subject_id' })
  subjectId!: string;

  @Column('integer', { name: 'rating_sum' })
  ratingSum!: number;

  @Column('integer', { name: 'rating_count' })
  ratingCount!: number;
}

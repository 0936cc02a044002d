import { ADMIN_DASHBOARD_DESCRIPTION, DEAD_LETTER_DESCRIPTION, DeadLetterRecord } from '@foodgraph/platform/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The other subgraphs that keep dead letters and contribute them to the console; users merges
 * theirs with its own. A subgraph joining the console is added here (and composes only then).
 */
export const DEAD_LETTER_CONTRIBUTORS = ['menu', 'orders', 'delivery', 'feedback', 'notifications'] as const;

const RECORD_FIELDS = 'subgraph eventType eventId error attempts failedAt redrivenAt';
/** What `DeadLetter`'s public fields need from the other subgraphs: each one's row, if it holds it. */
export const REQUIRED_RECORDS = DEAD_LETTER_CONTRIBUTORS.map((name) => `${name}Record { ${RECORD_FIELDS} }`).join(' ');
/** What `AdminDashboard.deadLetters` needs from the other subgraphs: each one's dead letters of the window. */
export const REQUIRED_DEAD_LETTER_IDS = DEAD_LETTER_CONTRIBUTORS.map((name) => `${name}DeadLetters { id }`).join(' ');

/** A dead letter as users merges it: the key plus the rows the other subgraphs report (external). */
@ObjectType('DeadLetter', { description: DEAD_LETTER_DESCRIPTION })
@Directive('@key(fields: "id")')
export class DeadLetter {
  @Field(() => ID, { description: '`<subgraph>:<uuid>`: the subgraph that holds it, and its row.' })
  id!: string;

  @Field(() => DeadLetterRecord, { nullable: true, description: 'The row, when menu holds it (from menu).' })
  @Directive('@external')
  menuRecord?: DeadLetterRecord | null;

  @Field(() => DeadLetterRecord, { nullable: true, description: 'The row, when orders holds it (from orders).' })
  @Directive('@external')
  ordersRecord?: DeadLetterRecord | null;

  @Field(() => DeadLetterRecord, { nullable: true, description: 'The row, when delivery holds it (from delivery).' })
  @Directive('@external')
  deliveryRecord?: DeadLetterRecord | null;

  @Field(() => DeadLetterRecord, { nullable: true, description: 'The row, when feedback holds it (from feedback).' })
  @Directive('@external')
  feedbackRecord?: DeadLetterRecord | null;

  @Field(() => DeadLetterRecord, { nullable: true, description: 'The row, when notifications holds it (from notifications).' })
  @Directive('@external')
  notificationsRecord?: DeadLetterRecord | null;
}

/** The admin dashboard's root: its window, plus the other subgraphs' dead letters (external). */
@ObjectType('AdminDashboard', { description: ADMIN_DASHBOARD_DESCRIPTION })
@Directive('@key(fields: "id")')
export class AdminDashboard {
  @Field(() => ID, { description: 'The time window, `<from>/<to>` in ISO-8601.' })
  id!: string;

  @Field({ description: 'Start of the window (inclusive).' })
  from!: Date;

  @Field({ description: 'End of the window (exclusive).' })
  to!: Date;

  @Field(() => [DeadLetter], { description: "menu's dead letters of the window (from menu)." })
  @Directive('@external')
  menuDeadLetters?: DeadLetter[];

  @Field(() => [DeadLetter], { description: "orders's dead letters of the window (from orders)." })
  @Directive('@external')
  ordersDeadLetters?: DeadLetter[];

  @Field(() => [DeadLetter], { description: "delivery's dead letters of the window (from delivery)." })
  @Directive('@external')
  deliveryDeadLetters?: DeadLetter[];

  @Field(() => [DeadLetter], { description: "feedback's dead letters of the window (from feedback)." })
  @Directive('@external')
  feedbackDeadLetters?: DeadLetter[];

  @Field(() => [DeadLetter], { description: "notifications's dead letters of the window (from notifications)." })
  @Directive('@external')
  notificationsDeadLetters?: DeadLetter[];
}
